package io.tandem.survey.feed;

/**
 * The outbox (table outbox_event): change events written in the same transaction as their change,
 * so an event exists exactly when its change does. Submissions write theirs in SubmissionStore.
 */
public final class Outbox {

    public static final String SCORED_RESPONSE = "scored-response";
    public static final String ASSIGNMENT = "assignment";

    private Outbox() {
    }
}
