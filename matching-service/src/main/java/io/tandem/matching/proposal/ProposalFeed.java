package io.tandem.matching.proposal;

import io.tandem.support.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Proposal events for analytics (selectivity needs the mentor's decision), written with their change. */
@ApplicationScoped
public class ProposalFeed {

    public static final String TYPE = "proposal";

    @Inject
    Outbox outbox;

    /**
     * @param change published or decided
     */
    public record ProposalEvent(String change, UUID proposalId, UUID runId, UUID programmeId, String mentorId, String menteeId,
                                String status, String mentorDecision, String menteeDecision, int score, Integer recommendationRank) {
    }

    void published(Proposal p) {
        append("published", p);
    }

    void decided(Proposal p) {
        append("decided", p);
    }

    private void append(String change, Proposal p) {
        outbox.append(TYPE, p.id, new ProposalEvent(change, p.id, p.runId, p.programmeId, p.mentorPersonId, p.menteePersonId,
                p.status.name().toLowerCase(), lower(p.mentorDecision), lower(p.menteeDecision), p.score, p.recommendationRank));
    }

    private static String lower(Decision decision) {
        return decision == null ? null : decision.name().toLowerCase();
    }
}
