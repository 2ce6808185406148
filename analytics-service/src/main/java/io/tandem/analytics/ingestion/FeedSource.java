package io.tandem.analytics.ingestion;

import java.util.List;

/** The feeds the read model is built from: which service serves each, and the tables each one fills. */
public enum FeedSource {
    SCORED_RESPONSES("scored-responses", Service.SURVEY, List.of("score_fact")),
    ASSIGNMENTS("assignments", Service.SURVEY, List.of("assignment_fact")),
    PARTICIPANTS("participants", Service.MATCHING, List.of("participant_status_fact", "participant_fact")),
    PROPOSALS("proposals", Service.MATCHING, List.of("proposal_fact")),
    RELATIONSHIPS("relationships", Service.MATCHING, List.of("relationship_event_fact", "goal_fact", "meeting_fact", "relationship_fact"));

    enum Service { SURVEY, MATCHING }

    private final String key;
    private final Service service;
    private final List<String> tables;

    FeedSource(String key, Service service, List<String> tables) {
        this.key = key;
        this.service = service;
        this.tables = tables;
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

    static FeedSource of(String key) {
        for (FeedSource source : values()) {
            if (source.key.equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
