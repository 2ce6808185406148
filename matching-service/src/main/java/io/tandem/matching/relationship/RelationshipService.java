package io.tandem.matching.relationship;

import io.tandem.matching.participant.ParticipantLeft;
import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.participant.Participants;
import io.tandem.matching.programme.ProgrammeClosed;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.programme.ProgrammeStatus;
import io.tandem.matching.programme.ProgrammeView;
import io.tandem.matching.proposal.ProposalAccepted;
import io.tandem.support.api.ETags;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Starting, reading and moving relationships; the rules of a move live on {@link Relationship}. */
@ApplicationScoped
public class RelationshipService {

    /** Who made a change the system made on its own (an acceptance, a closing programme, a person leaving). */
    static final String SYSTEM = "system";

    @Inject
    ProgrammeService programmes;

    @Inject
    Participants participants;

    @Inject
    RelationshipAccess access;

    @Inject
    RelationshipFeed feed;

    @Inject
    CheckInDeliveries deliveries;

    /** A relationship and whether this call created it (a repeated start answers the existing one). */
    public record Started(Relationship relationship, boolean created) {
    }

    /** The second acceptance of a published proposal starts the relationship in the same transaction. */
    void onAccepted(@Observes ProposalAccepted accepted) {
        ProgrammeView programme = programmes.view(accepted.programmeId());
        start(programme, accepted.mentorId(), accepted.menteeId(), Relationship.Origin.PROPOSAL, accepted.proposalId(),
                SYSTEM, "both accepted the proposal");
    }

    /** A pair that formed outside a run, recorded by staff while the programme runs; recording it again answers the same one. */
    @Transactional
    public Started recordInformal(UUID programmeId, String mentorId, String menteeId, String note) {
        ProgrammeView programme = programmes.lockView(programmeId);
        if (programme.status() != ProgrammeStatus.RUNNING) {
            throw ProblemException.conflict("Relationships are recorded while a programme is running; this one is "
                    + programme.status().name().toLowerCase() + ".");
        }
        if (mentorId.equals(menteeId)) {
            throw ProblemException.invalid("menteeId", "must differ from mentorId");
        }
        requireEnrolled(programme, mentorId, "mentorId", true);
        requireEnrolled(programme, menteeId, "menteeId", false);
        return start(programme, mentorId, menteeId, Relationship.Origin.INFORMAL, null, access.subject(),
                note == null ? "recorded as an informal pair" : note);
    }

    private void requireEnrolled(ProgrammeView programme, String personId, String field, boolean asMentor) {
        ParticipantView person = participants.find(programme.id(), personId)
                .orElseThrow(() -> ProblemException.invalid(field, personId + " is not enrolled in this programme"));
        if (asMentor ? !person.role().mentors() : !person.role().mentored()) {
            throw ProblemException.invalid(field, personId + " is enrolled as " + person.role().name().toLowerCase());
        }
    }

    private Started start(ProgrammeView programme, String mentorId, String menteeId, Relationship.Origin origin, UUID proposalId,
                          String by, String why) {
        Relationship existing = Relationship.<Relationship>find("programmeId = ?1 and mentorPersonId = ?2 and menteePersonId = ?3",
                programme.id(), mentorId, menteeId).firstResult();
        if (existing != null) {
            return new Started(existing, false);
        }
        Relationship relationship = new Relationship();
        relationship.programmeId = programme.id();
        relationship.mentorPersonId = mentorId;
        relationship.menteePersonId = menteeId;
        relationship.origin = origin;
        relationship.proposalId = proposalId;
        LocalDate today = today();
        relationship.startedOn = today.isBefore(programme.startsOn()) ? programme.startsOn() : today;
        relationship.plannedEndOn = relationship.startedOn.plusMonths(programme.settings().minimumRelationshipMonths());
        relationship.phase = RelationshipPhase.INITIATION;
        relationship.persist();
        PhaseChange first = new PhaseChange();
        first.relationshipId = relationship.id;
        first.toPhase = RelationshipPhase.INITIATION;
        first.changedBy = by;
        first.reason = why;
        first.persist();
        feed.append("started", relationship);
        deliveries.planned(relationship);
        return new Started(relationship, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Relationship get(UUID id) {
        Relationship relationship = Relationship.<Relationship>find("id", id).firstResult();
        if (relationship == null) {
            throw ProblemException.notFound("relationship", id);
        }
        access.of(relationship);
        return relationship;
    }

    /** For a change: the relationship locked, the caller allowed to see it. */
    Relationship lockedForChange(UUID id, String ifMatch) {
        Relationship relationship = Relationship.<Relationship>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (relationship == null) {
            throw ProblemException.notFound("relationship", id);
        }
        access.of(relationship);
        if (ifMatch != null) {
            ETags.require(ifMatch, relationship.etag());
        }
        return relationship;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RelationshipView> ofProgramme(UUID programmeId, RelationshipPhase phase, String cursor, int limit) {
        programmes.view(programmeId);
        return KeysetQuery.where().and("programmeId = :programme", "programme", programmeId).and("phase = :phase", "phase", phase)
                .page((q, p) -> Relationship.<Relationship>find(q, p), cursor, limit, r -> r.id, RelationshipView::of);
    }

    /** The caller's own relationships, as mentor or as mentee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RelationshipView> mine(String cursor, int limit) {
        return KeysetQuery.where().and("(mentorPersonId = :me or menteePersonId = :me)", "me", access.subject())
                .page((q, p) -> Relationship.<Relationship>find(q, p), cursor, limit, r -> r.id, RelationshipView::of);
    }

    @Transactional
    public Relationship move(UUID id, String ifMatch, RelationshipPhase to, String reason, EndReason endReason) {
        Relationship relationship = lockedForChange(id, ifMatch);
        requireRunning(relationship);
        relationship.moveTo(to, access.subject(), reason, endReason, today()).persist();
        feed.append(to.closing() ? "closed" : "phase-changed", relationship);
        if (to.closing()) {
            deliveries.closed(relationship);
        }
        return relationship;
    }

    @Transactional
    public Relationship extend(UUID id, String ifMatch, LocalDate plannedEndOn, String reason) {
        Relationship relationship = lockedForChange(id, ifMatch);
        requireRunning(relationship);
        LocalDate before = relationship.plannedEndOn;
        relationship.extendTo(plannedEndOn);
        PhaseChange note = PhaseChange.of(relationship, relationship.phase, relationship.phase, access.subject(),
                "planned end extended from " + before + " to " + plannedEndOn + (reason == null ? "" : ": " + reason));
        note.persist();
        feed.append("extended", relationship);
        deliveries.planned(relationship);
        return relationship;
    }

    @Transactional
    public Relationship agree(UUID id, String ifMatch, Agreement agreement) {
        Relationship relationship = lockedForChange(id, ifMatch);
        relationship.agree(agreement);
        feed.append("agreement-changed", relationship);
        return relationship;
    }

    @Transactional
    public Relationship confirm(UUID id) {
        Relationship relationship = lockedForChange(id, null);
        Side side = access.requireParty(relationship, "Confirming the agreement");
        relationship.confirm(side, Instant.now().truncatedTo(ChronoUnit.MICROS));
        feed.append("agreement-changed", relationship);
        return relationship;
    }

    /** The relationship's check-in waves under its programme's current settings. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInPlan checkIns(UUID id) {
        Relationship relationship = get(id);
        return CheckInPlan.of(relationship, programmes.view(relationship.programmeId).settings().checkIns());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PhaseChangeView> history(UUID id, String cursor, int limit) {
        Relationship relationship = get(id);
        return KeysetQuery.where().and("relationshipId = :relationship", "relationship", relationship.id)
                .page((q, p) -> PhaseChange.<PhaseChange>find(q, p), cursor, limit, c -> c.id, PhaseChangeView::of);
    }

    /** A person who left the organisation ends their active relationships in the programme. */
    void onLeft(@Observes ParticipantLeft left) {
        Relationship.<Relationship>stream("programmeId = ?1 and (mentorPersonId = ?2 or menteePersonId = ?2)", left.programmeId(), left.personId())
                .filter(r -> r.phase.active())
                .forEach(r -> {
                    r.moveTo(RelationshipPhase.ENDED, SYSTEM, left.personId() + " left the organisation", EndReason.LEFT_ORGANISATION, today())
                            .persist();
                    feed.append("closed", r);
                    deliveries.closed(r);
                });
    }

    /** Closing a programme moves its relationships still in initiation or cultivation to separation. */
    void onClosed(@Observes ProgrammeClosed closed) {
        Relationship.<Relationship>stream("programmeId = ?1", closed.programmeId())
                .filter(r -> r.phase == RelationshipPhase.INITIATION || r.phase == RelationshipPhase.CULTIVATION)
                .forEach(r -> {
                    r.separate(SYSTEM, "the programme closed").persist();
                    feed.append("phase-changed", r);
                });
    }

    private void requireRunning(Relationship relationship) {
        ProgrammeStatus status = programmes.view(relationship.programmeId).status();
        if (status != ProgrammeStatus.RUNNING) {
            throw ProblemException.conflict("A relationship's phase changes while its programme is running; the programme is "
                    + status.name().toLowerCase() + ".");
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
