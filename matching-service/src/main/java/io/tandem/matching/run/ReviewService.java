package io.tandem.matching.run;

import io.tandem.matching.compatibility.CompatibilityModel;
import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.participant.Participant;
import io.tandem.matching.participant.ParticipantStatus;
import io.tandem.matching.programme.Programme;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** What happens to a run's proposals: manager overrides, publication, and each side's decision. */
@ApplicationScoped
public class ReviewService {

    @Inject
    ProgrammeService programmes;

    @Inject
    SurveyScores surveyScores;

    @Inject
    PersonAccess access;

    @Inject
    Caller caller;

    @Transactional
    public MatchingRun publish(UUID runId) {
        MatchingRun run = MatchingRun.<MatchingRun>find("id", runId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("run", runId));
        if (run.publishedAt != null) {
            throw ProblemException.conflict("The run was published at " + run.publishedAt + ".");
        }
        if (MatchingRun.count("programmeId = ?1 and id > ?2", run.programmeId, run.id) > 0) {
            throw ProblemException.conflict("A newer run of this programme exists; publish that one.");
        }
        Proposal.update("status = ?1 where programmeId = ?2 and runId <> ?3 and status = ?4", Proposal.Status.WITHDRAWN,
                run.programmeId, run.id, Proposal.Status.PUBLISHED);
        Proposal.update("status = ?1 where runId = ?2 and status = ?3", Proposal.Status.PUBLISHED, run.id, Proposal.Status.PROPOSED);
        run.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return run;
    }

    /** Gives the proposal another mentor before publication; the original mentor and score are kept to show the impact. */
    @Transactional
    public Proposal swapMentor(UUID proposalId, String mentorId) {
        Proposal proposal = lockedProposal(proposalId);
        MatchingRun run = MatchingRun.<MatchingRun>find("id", proposal.runId).firstResult();
        if (run.publishedAt != null || proposal.status != Proposal.Status.PROPOSED) {
            throw ProblemException.conflict("Only proposals of an unpublished run can be changed.");
        }
        if (mentorId.equals(proposal.mentorPersonId)) {
            return proposal;
        }
        Programme programme = programmes.get(proposal.programmeId);
        List<Participant> everyone = Participant.list("programmeId", programme.id);
        Participant mentor = everyone.stream().filter(p -> p.personId.equals(mentorId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("mentorId", "no participant " + mentorId + " in this programme"));
        if (!mentor.role.mentors() || mentor.status != ParticipantStatus.ACTIVE
                || run.excludedMentors.stream().anyMatch(left -> left.personId().equals(mentorId))) {
            throw ProblemException.invalid("mentorId", mentorId + " is not an eligible, active mentor of this run");
        }
        int capacity = mentor.mentorCapacity != null ? mentor.mentorCapacity : programme.defaultMentorCapacity;
        long load = Proposal.count("runId = ?1 and mentorPersonId = ?2 and status <> ?3", run.id, mentorId, Proposal.Status.WITHDRAWN);
        if (load >= capacity) {
            throw ProblemException.conflict(mentorId + " already has " + load + " of " + capacity + " mentees in this run.");
        }
        Participant mentee = everyone.stream().filter(p -> p.personId.equals(proposal.menteePersonId)).findFirst().orElseThrow();
        SurveyScores.Result motives = surveyScores.latest(Profiles.MOTIVES_INSTRUMENT, List.of(mentorId), Profiles.MOTIVE_SCALES);
        Instant now = Instant.now();
        PairAssessment pair = new CompatibilityModel(Profiles.rules(programme, run.settings, everyone))
                .assess(Profiles.person(mentor, now), Profiles.person(mentee, now), Profiles.motives(motives.byPerson().get(mentorId)));
        if (!pair.allowed()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "This pair is not allowed: " + pair.removalReason() + ".");
        }
        if (proposal.originalMentorPersonId == null) {
            proposal.originalMentorPersonId = proposal.mentorPersonId;
            proposal.originalScore = proposal.score;
        }
        proposal.mentorPersonId = mentorId;
        proposal.score = pair.score();
        proposal.factors = pair.factors();
        return proposal;
    }

    /** The mentor or the mentee answers a published proposal; both accepting makes it accepted, either declining declines it. */
    @Transactional
    public Proposal decide(UUID proposalId, Proposal.Decision decision) {
        Proposal proposal = lockedProposal(proposalId);
        String me = caller.subject();
        boolean mentor = me.equals(proposal.mentorPersonId);
        boolean mentee = me.equals(proposal.menteePersonId);
        if (!mentor && !mentee) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the proposed mentor and mentee answer a proposal.");
        }
        if (proposal.status != Proposal.Status.PUBLISHED) {
            throw ProblemException.conflict("The proposal is " + proposal.status.name().toLowerCase() + " and takes no answer.");
        }
        if (mentor && proposal.recommendationRank != null && proposal.menteeDecision != Proposal.Decision.ACCEPTED) {
            throw ProblemException.conflict("This is one of the mentee's recommendations; it awaits the mentee's choice.");
        }
        if (mentor) {
            proposal.mentorDecision = decision;
        }
        if (mentee) {
            if (proposal.recommendationRank != null && decision == Proposal.Decision.ACCEPTED) {
                chooseRecommendation(proposal);
            }
            proposal.menteeDecision = decision;
        }
        if (proposal.mentorDecision == Proposal.Decision.DECLINED || proposal.menteeDecision == Proposal.Decision.DECLINED) {
            proposal.status = Proposal.Status.DECLINED;
        } else if (proposal.mentorDecision == Proposal.Decision.ACCEPTED && proposal.menteeDecision == Proposal.Decision.ACCEPTED) {
            proposal.status = Proposal.Status.ACCEPTED;
        }
        return proposal;
    }

    /**
     * A mentee picks one of their recommendations: the mentor must still have room (counting pairs
     * accepted, proposed to them, or already chosen by other mentees); the mentee's other
     * recommendations of the run are withdrawn. The mentor then accepts or declines as usual.
     */
    private void chooseRecommendation(Proposal chosen) {
        Programme programme = programmes.get(chosen.programmeId);
        Participant mentor = Participant.<Participant>find("programmeId = ?1 and personId = ?2", programme.id, chosen.mentorPersonId).firstResult();
        int capacity = mentor.mentorCapacity != null ? mentor.mentorCapacity : programme.defaultMentorCapacity;
        long held = Proposal.count("programmeId = ?1 and mentorPersonId = ?2 and id <> ?3 and (status = ?4 or (status = ?5 and "
                        + "(recommendationRank is null or menteeDecision = ?6)))", programme.id, chosen.mentorPersonId, chosen.id,
                Proposal.Status.ACCEPTED, Proposal.Status.PUBLISHED, Proposal.Decision.ACCEPTED);
        if (held >= capacity) {
            throw ProblemException.conflict(chosen.mentorPersonId + " has no room left; choose another of your recommendations.");
        }
        Proposal.update("status = ?1 where runId = ?2 and menteePersonId = ?3 and id <> ?4 and status = ?5", Proposal.Status.WITHDRAWN,
                chosen.runId, chosen.menteePersonId, chosen.id, Proposal.Status.PUBLISHED);
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
            query.and("status <> :draft", "draft", Proposal.Status.PROPOSED);
        }
        return query.page((q, p) -> Proposal.<Proposal>find(q, p), cursor, limit, p -> p.id, (Proposal p) -> ProposalView.of(p));
    }

    private boolean visibleToParticipant(Proposal proposal) {
        String me = caller.subject();
        return proposal.status != Proposal.Status.PROPOSED && (me.equals(proposal.mentorPersonId) || me.equals(proposal.menteePersonId));
    }

    private Proposal lockedProposal(UUID id) {
        Proposal proposal = Proposal.<Proposal>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (proposal == null || !(access.isStaff() || visibleToParticipant(proposal))) {
            throw ProblemException.notFound("proposal", id);
        }
        return proposal;
    }
}
