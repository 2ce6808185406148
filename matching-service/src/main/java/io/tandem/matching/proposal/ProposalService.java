package io.tandem.matching.proposal;

import jakarta.enterprise.event.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tandem.matching.compatibility.CompatibilityModel;
import io.tandem.matching.compatibility.Motives;
import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.participant.CompatibilityInputs;
import io.tandem.matching.participant.MeasuredScores;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.participant.Participants;
import io.tandem.matching.participant.ParticipantStatus;
import io.tandem.matching.participant.ProgrammeMatches;
import io.tandem.matching.programme.ProgrammeView;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.survey.SurveyScores;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.Caller;
import io.tandem.support.security.PersonAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What happens to proposals after a run made them: overrides, publication, each side's answer, a mentee's choice. */
@ApplicationScoped
public class ProposalService implements ProgrammeMatches {

    @Inject
    ProgrammeService programmes;

    @Inject
    Participants participants;

    @Inject
    SurveyScores surveyScores;

    @Inject
    RunFacts runs;

    @Inject
    PersonAccess access;

    @Inject
    Event<ProposalAccepted> accepted;

    @Inject
    ProposalFeed feed;

    @Inject
    RelationshipPlaces relationships;

    @Inject
    Caller caller;

    /**
     * Gives a draft proposal another mentor. The mentor's motive scores are fetched from
     * survey-service first; only then is the proposal locked, so no row lock or pooled connection
     * waits on a remote call.
     */
    public Proposal swapMentor(UUID proposalId, String mentorId) {
        record Seen(Proposal proposal, MatchingSettings settings) {
        }
        Seen seen = QuarkusTransaction.requiringNew().call(() -> {
            Proposal proposal = get(proposalId);
            return new Seen(proposal, runs.of(proposal.runId).settings());
        });
        MeasuredScores scores = mentorId.equals(seen.proposal().mentorPersonId) ? new MeasuredScores(Map.of(), Map.of())
                : MeasuredScores.fetch(surveyScores, seen.settings(), List.of(mentorId), List.of(seen.proposal().menteePersonId));
        return QuarkusTransaction.requiringNew().call(() -> swapLocked(proposalId, mentorId, scores));
    }

    private Proposal swapLocked(UUID proposalId, String mentorId, MeasuredScores scores) {
        Proposal proposal = lockedProposal(proposalId);
        RunFacts.Run run = runs.of(proposal.runId);
        if (run.published() || proposal.status != ProposalStatus.PROPOSED) {
            throw ProblemException.conflict("Only proposals of an unpublished run can be changed.");
        }
        if (mentorId.equals(proposal.mentorPersonId)) {
            return proposal;
        }
        ProgrammeView programme = programmes.view(proposal.programmeId);
        List<ParticipantView> everyone = participants.ofProgramme(programme.id());
        ParticipantView mentor = everyone.stream().filter(p -> p.personId().equals(mentorId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("mentorId", "no participant " + mentorId + " in this programme"));
        if (!mentor.role().mentors() || mentor.status() != ParticipantStatus.ACTIVE || run.excludedMentors().contains(mentorId)) {
            throw ProblemException.invalid("mentorId", mentorId + " is not an eligible, active mentor of this run");
        }
        requireRoom(programme, mentor, MentorPlaces.View.DRAFT_RUN, proposal.runId, proposal.id);
        ParticipantView mentee = everyone.stream().filter(p -> p.personId().equals(proposal.menteePersonId)).findFirst().orElseThrow();
        Instant now = Instant.now();
        MatchingSettings.SupportNeedSource needs = run.settings().supportNeedSource();
        PairAssessment pair = new CompatibilityModel(CompatibilityInputs.rules(programme, run.settings(), everyone))
                .assess(CompatibilityInputs.person(mentor, now, needs, null),
                        CompatibilityInputs.person(mentee, now, needs, scores.need(mentee.personId())), scores.motives(mentorId));
        if (!pair.allowed()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "This pair is not allowed: " + pair.removalReason() + ".");
        }
        proposal.swapMentor(mentorId, pair.score(), pair.factors());
        return proposal;
    }

    /** Publishing a run: its drafts go to both people; undecided proposals of earlier runs are withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRun(UUID programmeId, UUID runId) {
        Proposal.update("status = ?1 where programmeId = ?2 and runId <> ?3 and status = ?4", ProposalStatus.WITHDRAWN,
                programmeId, runId, ProposalStatus.PUBLISHED);
        Proposal.update("status = ?1 where runId = ?2 and status = ?3", ProposalStatus.PUBLISHED, runId, ProposalStatus.PROPOSED);
        Proposal.<Proposal>stream("runId = ?1 and status = ?2 order by id", runId, ProposalStatus.PUBLISHED).forEach(feed::published);
    }

    /** The mentor or the mentee answers a published proposal; a mentee accepting a recommendation chooses it. */
    @Transactional
    public Proposal decide(UUID proposalId, Decision decision) {
        Proposal proposal = lockedProposal(proposalId);
        String me = caller.subject();
        boolean mentor = me.equals(proposal.mentorPersonId);
        boolean mentee = me.equals(proposal.menteePersonId);
        if (!mentor && !mentee) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the proposed mentor and mentee answer a proposal.");
        }
        if (mentee && proposal.isRecommendation() && decision == Decision.ACCEPTED && proposal.status == ProposalStatus.PUBLISHED
                && proposal.menteeDecision != Decision.ACCEPTED) {
            choose(proposal);
        }
        ProposalStatus before = proposal.status;
        proposal.decide(mentor, mentee, decision);
        feed.decided(proposal);
        if (before != ProposalStatus.ACCEPTED && proposal.status == ProposalStatus.ACCEPTED) {
            accepted.fire(new ProposalAccepted(proposal.id, proposal.programmeId, proposal.mentorPersonId, proposal.menteePersonId));
        }
        return proposal;
    }

    /**
     * A mentee picks one of their recommendations: the mentor must still have a place; the mentee's
     * other recommendations of the run are withdrawn. The mentor then accepts or declines as usual.
     */
    private void choose(Proposal chosen) {
        ProgrammeView programme = programmes.view(chosen.programmeId);
        ParticipantView mentor = participants.find(programme.id(), chosen.mentorPersonId).orElseThrow();
        requireRoom(programme, mentor, MentorPlaces.View.CURRENT, null, chosen.id);
        Proposal.update("status = ?1 where runId = ?2 and menteePersonId = ?3 and id <> ?4 and status = ?5", ProposalStatus.WITHDRAWN,
                chosen.runId, chosen.menteePersonId, chosen.id, ProposalStatus.PUBLISHED);
    }

    private void requireRoom(ProgrammeView programme, ParticipantView mentor, MentorPlaces.View view, UUID draftRunId, UUID besides) {
        int capacity = mentor.capacity(programme.defaultMentorCapacity());
        Set<UUID> closed = relationships.closedProposals(programme.id());
        long held = Proposal.<Proposal>stream("programmeId = ?1 and mentorPersonId = ?2 and id <> ?3", programme.id(), mentor.personId(), besides)
                .filter(p -> p.holdsPlace(view, draftRunId, closed)).count()
                + relationships.informalPlaces(programme.id()).getOrDefault(mentor.personId(), 0);
        if (!MentorPlaces.hasRoom(capacity, held)) {
            throw ProblemException.conflict(mentor.personId() + " already has " + held + " of " + capacity + " mentees.");
        }
    }

    /** Places each mentor of the programme holds in the given view (mentors holding none are absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> placesHeld(UUID programmeId, MentorPlaces.View view, UUID draftRunId) {
        Map<String, Integer> held = new HashMap<>(relationships.informalPlaces(programmeId));
        Set<UUID> closed = relationships.closedProposals(programmeId);
        Proposal.<Proposal>stream("programmeId = ?1 and status in ?2", programmeId,
                        List.of(ProposalStatus.PROPOSED, ProposalStatus.PUBLISHED, ProposalStatus.ACCEPTED))
                .filter(p -> p.holdsPlace(view, draftRunId, closed))
                .forEach(p -> held.merge(p.mentorPersonId, 1, Integer::sum));
        return held;
    }

    @Override
    public Map<String, Integer> placesHeld(UUID programmeId) {
        return placesHeld(programmeId, MentorPlaces.View.CURRENT, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> matchedPeople(UUID programmeId) {
        Set<String> matched = new HashSet<>();
        Proposal.<Proposal>stream("programmeId = ?1 and status = ?2", programmeId, ProposalStatus.ACCEPTED).forEach(p -> {
            matched.add(p.mentorPersonId);
            matched.add(p.menteePersonId);
        });
        return matched;
    }

    /** A proposal for staff; for a mentor or mentee only their own, once published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Proposal get(UUID id) {
        Proposal proposal = Proposal.<Proposal>find("id", id).firstResult();
        if (proposal == null || !(access.isStaff() || visibleToParticipant(proposal))) {
            throw ProblemException.notFound("proposal", id);
        }
        return proposal;
    }

    /** A person's proposals across programmes; mentors and mentees see their own published ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> ofPerson(String personId, String cursor, int limit) {
        String person = access.limitTo(personId);
        KeysetQuery query = KeysetQuery.where().and("(mentorPersonId = :person or menteePersonId = :person)", "person", person);
        if (!access.isStaff()) {
            query.and("status <> :draft", "draft", ProposalStatus.PROPOSED);
        }
        return query.page((q, p) -> Proposal.<Proposal>find(q, p), cursor, limit, p -> p.id, this::viewFor);
    }

    /** Staff see every factor; the two people see only what their profiles show (no survey-based factor). */
    public ProposalView viewFor(Proposal proposal) {
        return access.isStaff() ? ProposalView.of(proposal) : ProposalView.forParticipant(proposal);
    }

    /** A run's proposals, for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> ofRun(UUID runId, String cursor, int limit) {
        return KeysetQuery.where().and("runId = :run", "run", runId)
                .page((q, p) -> Proposal.<Proposal>find(q, p), cursor, limit, p -> p.id, (Proposal p) -> ProposalView.of(p));
    }

    private boolean visibleToParticipant(Proposal proposal) {
        String me = caller.subject();
        return proposal.status != ProposalStatus.PROPOSED && (me.equals(proposal.mentorPersonId) || me.equals(proposal.menteePersonId));
    }

    private Proposal lockedProposal(UUID id) {
        Proposal proposal = Proposal.<Proposal>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (proposal == null || !(access.isStaff() || visibleToParticipant(proposal))) {
            throw ProblemException.notFound("proposal", id);
        }
        return proposal;
    }

    /** Stores a new run's proposals, as drafts only staff see until the run is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeDrafts(UUID programmeId, UUID runId, List<DraftPair> pairs) {
        for (DraftPair pair : pairs) {
            Proposal proposal = Proposal.draft(programmeId, pair.mentorId(), pair.menteeId(), pair.score(), pair.factors(),
                    pair.recommendationRank());
            proposal.runId = runId;
            proposal.persist();
        }
    }

    /** The programme's pairs as "mentor\0mentee": accepted ones only, or every pair any run proposed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> pairs(UUID programmeId, boolean acceptedOnly) {
        return (acceptedOnly
                ? Proposal.<Proposal>stream("programmeId = ?1 and status = ?2", programmeId, ProposalStatus.ACCEPTED)
                : Proposal.<Proposal>stream("programmeId", programmeId))
                .map(p -> p.mentorPersonId + "\u0000" + p.menteePersonId).toList();
    }

    /** A run's proposals that still stand (not withdrawn by an override or a mentee's choice). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalView> standingOfRun(UUID runId) {
        return Proposal.<Proposal>stream("runId = ?1 and status <> ?2", runId, ProposalStatus.WITHDRAWN).map(ProposalView::of).toList();
    }
}
