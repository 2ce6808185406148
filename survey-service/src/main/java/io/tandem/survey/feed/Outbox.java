package io.tandem.survey.feed;

/**
 * The outbox (table outbox_event): change events written in the same transaction as their change,
 * so an event exists exactly when its change does. Submissions write theirs in SubmissionStore.
 */
public final class Outbox {

    public static final String SCORED_RESPONSE = "scored-response";
    public static final String ASSIGNMENT = "assignment";
    /** An open assignment falling due soon or overdue (AssignmentReminders); for webhooks, not read by analytics. */
    public static final String ASSIGNMENT_REMINDER = "assignment-reminder";
    /** A person's data was erased here: readers erase their copies. */
    public static final String PERSON_ERASED = io.tandem.support.privacy.PeopleResource.PERSON_ERASED;

    private Outbox() {
    }
}
