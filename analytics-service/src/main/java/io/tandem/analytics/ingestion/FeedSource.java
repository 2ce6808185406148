package io.tandem.analytics.ingestion;

import java.util.List;

/** The feeds the read model is built from: which service serves each, and the tables each one fills. */
public enum FeedSource {
    SCORED_RESPONSES("scored-responses", Service.SURVEY, List.of("response_fact", "score_column_fact"),
            List.of("update assignment_fact set answered_at = null where tenant_id = :tenant")),
    ASSIGNMENTS("assignments", Service.SURVEY, List.of("assignment_fact"), List.of()),
    PARTICIPANTS("participants", Service.MATCHING, List.of("participant_status_fact", "participant_fact"), List.of()),
    PROPOSALS("proposals", Service.MATCHING, List.of("proposal_factor_fact", "proposal_fact"), List.of()),
    RELATIONSHIPS("relationships", Service.MATCHING, List.of("relationship_event_fact", "goal_fact", "meeting_fact", "relationship_fact"),
            List.of()),
    /** Erasures change other feeds' facts in place and fill no table of their own; a rebuild replays them harmlessly. */
    SURVEY_ERASURES("survey-person-erasures", Service.SURVEY, List.of(), List.of()),
    MATCHING_ERASURES("matching-person-erasures", Service.MATCHING, List.of(), List.of());

    enum Service { SURVEY, MATCHING }

    private final String key;
    private final Service service;
    private final List<String> tables;
    private final List<String> resets;

    FeedSource(String key, Service service, List<String> tables, List<String> resets) {
        this.key = key;
        this.service = service;
        this.tables = tables;
        this.resets = resets;
    }

    /** The feed's path segment, and its name in feed_cursor and the status report. */
    public String key() {
        return key;
    }

    Service service() {
        return service;
    }

    /** The read-model tables this feed alone fills. */
    List<String> tables() {
        return tables;
    }

    /** What a tenant's rebuild of this feed undoes in other feeds' tables (binding :tenant), besides emptying its own. */
    List<String> resets() {
        return resets;
    }

    /**
     * A feed this one waits for in a pass: assignments after scored responses, so that on catching up (a start from zero, a long
     * outage) an assignment arrives with its answers already known (its insert reads them) instead of being inserted and then
     * updated once per answer. Either order ends in the same rows; this one writes each assignment once.
     */
    FeedSource pullsAfter() {
        return this == ASSIGNMENTS ? SCORED_RESPONSES : null;
    }

    static FeedSource of(String key) {
        for (FeedSource source : values()) {
            if (source.key.equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
