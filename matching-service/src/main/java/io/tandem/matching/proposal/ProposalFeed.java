package io.tandem.matching.proposal;

import io.tandem.support.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** Proposal events for analytics (selectivity needs the mentor's decision), written with their change. */
@ApplicationScoped
public class ProposalFeed {

    public static final String TYPE = "proposal";

    @Inject
    Outbox outbox;

    /**
     * @param change  published or decided
     * @param factors each compatibility factor at match time (what analytics tests against later outcomes)
     */
    public record ProposalEvent(String change, UUID proposalId, UUID runId, UUID programmeId, String mentorId, String menteeId,
                                String status, String mentorDecision, String menteeDecision, int score, Integer recommendationRank,
                                List<FactorEvent> factors) {
    }

    /** A factor's score at match time; noData: left out of the pair's score. */
    public record FactorEvent(String factor, int score, int weight, boolean noData) {
    }

    void published(Proposal p) {
        append("published", p);
    }

    void decided(Proposal p) {
        append("decided", p);
    }

    private void append(String change, Proposal p) {
        outbox.append(TYPE, p.id, new ProposalEvent(change, p.id, p.runId, p.programmeId, p.mentorPersonId, p.menteePersonId,
                p.status.name().toLowerCase(), lower(p.mentorDecision), lower(p.menteeDecision), p.score, p.recommendationRank,
                p.factors == null ? List.of() : p.factors.stream().map(f -> {
                    FactorView view = FactorView.of(f);
                    return new FactorEvent(view.factor(), view.score(), view.weight(), view.noData());
                }).toList()));
    }

    private static String lower(Decision decision) {
        return decision == null ? null : decision.name().toLowerCase();
    }
}
