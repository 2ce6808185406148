package io.tandem.matching.proposal;

/**
 * The one rule for which proposals take one of a mentor's places. Plain Java, so every place that
 * counts a mentor's load (run planning, overrides, a mentee's choice, the participant search) asks
 * the same question.
 *
 * <ul>
 *   <li>An accepted pair holds a place, whichever run made it, while its relationship lasts: once the
 *       relationship ended or continues as a peer relationship the place is free again. An active
 *       informal relationship (recorded outside a run) holds a place too.</li>
 *   <li>A published proposal holds a place while it awaits answers; a published recommendation only
 *       once the mentee chose it (until then it is one of k options, not a claim).</li>
 *   <li>A draft proposal holds a place only inside its own unpublished run, the plan being reviewed:
 *       publishing that run withdraws every undecided proposal of earlier runs, so those do not count
 *       there.</li>
 *   <li>Declined and withdrawn proposals hold nothing.</li>
 * </ul>
 */
public final class MentorPlaces {

    /** Whose view of the programme is asked for. */
    public enum View {
        /** What holds places today: accepted pairs and live published proposals. */
        CURRENT,
        /** An unpublished run's plan: accepted pairs and the run's own draft proposals. */
        DRAFT_RUN
    }

    private MentorPlaces() {
    }

    /**
     * @param inDraftRun whether the proposal belongs to the unpublished run the view is about
     *                   (only read for {@link View#DRAFT_RUN})
     */
    public static boolean holdsPlace(View view, ProposalStatus status, boolean recommendation, Decision menteeDecision,
                                     boolean inDraftRun, boolean relationshipClosed) {
        boolean claimed = !recommendation || menteeDecision == Decision.ACCEPTED;
        return switch (status) {
            case ACCEPTED -> !relationshipClosed;
            case PUBLISHED -> view == View.CURRENT && claimed;
            case PROPOSED -> view == View.DRAFT_RUN && inDraftRun && claimed;
            case DECLINED, WITHDRAWN -> false;
        };
    }

    /** Whether a mentor holding {@code held} places may take one more. */
    public static boolean hasRoom(int capacity, long held) {
        return held < capacity;
    }
}
