package io.tandem.matching.proposal;

import io.tandem.matching.compatibility.FactorScore;
import io.tandem.support.persistence.TenantOwned;
import io.tandem.support.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/**
 * A proposed mentor-mentee pair of a run, and the only place its status changes: proposed →
 * published → accepted or declined; proposed or published → withdrawn. A refused move is a 409.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public UUID runId;

    @Column(nullable = false, updatable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String mentorPersonId;

    @Column(nullable = false, updatable = false)
    public String menteePersonId;

    @Column(nullable = false)
    public int score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FactorScore> factors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Enumerated(EnumType.STRING)
    public Decision mentorDecision;

    @Enumerated(EnumType.STRING)
    public Decision menteeDecision;

    /** Set when a programme manager swapped the mentor: who the engine proposed, and at what score. */
    public String originalMentorPersonId;

    public Integer originalScore;

    /** Mentee-choice runs: this recommendation's place in the mentee's list, from 1. */
    public Integer recommendationRank;

    /** A new draft proposal of a run. */
    public static Proposal draft(UUID programmeId, String mentorId, String menteeId, int score, List<FactorScore> factors, Integer rank) {
        Proposal proposal = new Proposal();
        proposal.programmeId = programmeId;
        proposal.mentorPersonId = mentorId;
        proposal.menteePersonId = menteeId;
        proposal.score = score;
        proposal.factors = factors;
        proposal.status = ProposalStatus.PROPOSED;
        proposal.recommendationRank = rank;
        return proposal;
    }

    public boolean isRecommendation() {
        return recommendationRank != null;
    }

    /** Whether this proposal takes one of its mentor's places in the given view (see {@link MentorPlaces}). */
    public boolean holdsPlace(MentorPlaces.View view, UUID draftRunId, java.util.Set<UUID> closedRelationships) {
        return MentorPlaces.holdsPlace(view, status, isRecommendation(), menteeDecision, runId.equals(draftRunId),
                closedRelationships.contains(id));
    }

    /** A manager's override before publication; the engine's mentor and score are kept to show the impact. */
    public void swapMentor(String mentorId, int newScore, List<FactorScore> newFactors) {
        if (status != ProposalStatus.PROPOSED) {
            throw ProblemException.conflict("Only proposals of an unpublished run can be changed; this one is " + statusName() + ".");
        }
        if (originalMentorPersonId == null) {
            originalMentorPersonId = mentorPersonId;
            originalScore = score;
        }
        mentorPersonId = mentorId;
        score = newScore;
        factors = newFactors;
    }

    /** Records one side's answer; both accepting accepts the pair, either declining declines it. */
    public void decide(boolean asMentor, boolean asMentee, Decision decision) {
        if (status != ProposalStatus.PUBLISHED) {
            throw ProblemException.conflict("The proposal is " + statusName() + " and takes no answer.");
        }
        if (asMentor && isRecommendation() && menteeDecision != Decision.ACCEPTED) {
            throw ProblemException.conflict("This is one of the mentee's recommendations; it awaits the mentee's choice.");
        }
        if (asMentor) {
            mentorDecision = decision;
        }
        if (asMentee) {
            menteeDecision = decision;
        }
        if (mentorDecision == Decision.DECLINED || menteeDecision == Decision.DECLINED) {
            status = ProposalStatus.DECLINED;
        } else if (mentorDecision == Decision.ACCEPTED && menteeDecision == Decision.ACCEPTED) {
            status = ProposalStatus.ACCEPTED;
        }
    }

    private String statusName() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
