package io.tandem.analytics.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.support.persistence.TenantSql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Turns one feed event into read-model rows. Every statement is idempotent: current state is upserted
 * by the source's own id (the event carries the whole state), history is inserted by (id, sequence) and
 * a known key is ignored, so applying an event again, or replaying a feed from zero, ends in the same rows.
 */
final class FactWriter {

    private static final String WHY = "ingestion writes the events of every tenant the platform feeds carry, each with its own tenant";

    private static final TenantSql PARTICIPANT = TenantSql.acrossTenants("""
            insert into participant_fact (participant_id, tenant_id, programme_id, person_id, role, status, diversity, has_manager,
                                          enrolled_at, changed_at)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
            on conflict (participant_id) do update set role = excluded.role, status = excluded.status, diversity = excluded.diversity,
              has_manager = excluded.has_manager, changed_at = excluded.changed_at""", WHY);

    private static final TenantSql PARTICIPANT_STATUS = TenantSql.acrossTenants("""
            insert into participant_status_fact (participant_id, sequence, tenant_id, status, changed_at) values (?, ?, ?, ?, ?)
            on conflict do nothing""", WHY);

    private static final TenantSql PROPOSAL = TenantSql.acrossTenants("""
            insert into proposal_fact (proposal_id, tenant_id, run_id, programme_id, mentor_id, mentee_id, status, mentor_decision,
                                       mentee_decision, score, recommendation_rank, published_at, decided_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (proposal_id) do update set status = excluded.status, mentor_decision = excluded.mentor_decision,
              mentee_decision = excluded.mentee_decision, decided_at = coalesce(excluded.decided_at, proposal_fact.decided_at)""", WHY);

    private static final TenantSql RELATIONSHIP = TenantSql.acrossTenants("""
            insert into relationship_fact (relationship_id, tenant_id, programme_id, mentor_id, mentee_id, origin, phase, started_on,
                                           planned_end_on, ended_on, ended_early, end_reason, continues_as_peers, agreement_confirmed, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (relationship_id) do update set phase = excluded.phase, planned_end_on = excluded.planned_end_on,
              ended_on = excluded.ended_on, ended_early = excluded.ended_early, end_reason = excluded.end_reason,
              continues_as_peers = excluded.continues_as_peers, agreement_confirmed = excluded.agreement_confirmed,
              changed_at = excluded.changed_at""", WHY);

    private static final TenantSql RELATIONSHIP_EVENT = TenantSql.acrossTenants("""
            insert into relationship_event_fact (relationship_id, sequence, tenant_id, change, phase, occurred_at) values (?, ?, ?, ?, ?, ?)
            on conflict do nothing""", WHY);

    private static final TenantSql GOAL = TenantSql.acrossTenants("""
            insert into goal_fact (goal_id, tenant_id, relationship_id, owner, status, target_on, changed_at) values (?, ?, ?, ?, ?, ?, ?)
            on conflict (goal_id) do update set status = excluded.status, target_on = excluded.target_on, changed_at = excluded.changed_at""",
            WHY);

    private static final TenantSql MEETING = TenantSql.acrossTenants("""
            insert into meeting_fact (meeting_id, tenant_id, relationship_id, held_on, duration_minutes, channel) values (?, ?, ?, ?, ?, ?)
            on conflict do nothing""", WHY);

    private static final TenantSql SCORE = TenantSql.acrossTenants("""
            insert into score_fact (response_id, scale_key, tenant_id, assignment_id, programme_id, relationship_id, respondent_id,
                                    subject_id, perspective, role, instrument_key, instrument_version, wave, submitted_at, value, label)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""", WHY);

    private static final TenantSql ASSIGNMENT = TenantSql.acrossTenants("""
            insert into assignment_fact (assignment_id, tenant_id, respondent_id, instrument_key, instrument_version, programme_id,
                                         relationship_id, about_person_id, role, wave, due_on, status, created_at, cancelled_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (assignment_id) do update set status = excluded.status, cancelled_at = excluded.cancelled_at""", WHY);

    private FactWriter() {
    }

    static void apply(Connection c, FeedSource source, FeedApis.Event event) throws SQLException {
        switch (source) {
            case PARTICIPANTS -> participant(c, event);
            case PROPOSALS -> proposal(c, event);
            case RELATIONSHIPS -> relationship(c, event);
            case SCORED_RESPONSES -> scores(c, event);
            case ASSIGNMENTS -> assignment(c, event);
        }
    }

    private static void participant(Connection c, FeedApis.Event e) throws SQLException {
        JsonNode d = e.data();
        UUID id = uuid(d, "participantId");
        Timestamp at = Timestamp.from(e.occurredAt());
        run(c, PARTICIPANT, id, e.tenant(), uuid(d, "programmeId"), text(d, "personId"), text(d, "role"), text(d, "status"),
                d.hasNonNull("diversity") ? d.get("diversity").toString() : null, d.path("hasManager").asBoolean(false), at, at);
        if (!"profile-changed".equals(text(d, "change"))) {
            run(c, PARTICIPANT_STATUS, id, e.sequence(), e.tenant(), text(d, "status"), at);
        }
    }

    private static void proposal(Connection c, FeedApis.Event e) throws SQLException {
        JsonNode d = e.data();
        Timestamp at = Timestamp.from(e.occurredAt());
        run(c, PROPOSAL, uuid(d, "proposalId"), e.tenant(), uuid(d, "runId"), uuid(d, "programmeId"), text(d, "mentorId"),
                text(d, "menteeId"), text(d, "status"), text(d, "mentorDecision"), text(d, "menteeDecision"), d.path("score").asInt(),
                d.hasNonNull("recommendationRank") ? d.get("recommendationRank").asInt() : null, at,
                "decided".equals(text(d, "change")) ? at : null);
    }

    private static void relationship(Connection c, FeedApis.Event e) throws SQLException {
        JsonNode d = e.data();
        UUID id = uuid(d, "relationshipId");
        Timestamp at = Timestamp.from(e.occurredAt());
        run(c, RELATIONSHIP, id, e.tenant(), uuid(d, "programmeId"), text(d, "mentorId"), text(d, "menteeId"), text(d, "origin"),
                text(d, "phase"), date(d, "startedOn"), date(d, "plannedEndOn"), date(d, "endedOn"), d.path("endedEarly").asBoolean(false),
                text(d, "endReason"), d.hasNonNull("continuesAsPeers") ? d.get("continuesAsPeers").asBoolean() : null,
                d.path("agreementConfirmed").asBoolean(false), at);
        run(c, RELATIONSHIP_EVENT, id, e.sequence(), e.tenant(), text(d, "change"), text(d, "phase"), at);
        JsonNode goal = d.get("goal");
        if (goal != null && !goal.isNull()) {
            run(c, GOAL, uuid(goal, "id"), e.tenant(), id, text(goal, "owner"), text(goal, "status"), date(goal, "targetOn"), at);
        }
        JsonNode meeting = d.get("meeting");
        if (meeting != null && !meeting.isNull()) {
            run(c, MEETING, uuid(meeting, "id"), e.tenant(), id, date(meeting, "heldOn"), meeting.path("durationMinutes").asInt(),
                    text(meeting, "channel"));
        }
    }

    private static void scores(Connection c, FeedApis.Event e) throws SQLException {
        JsonNode d = e.data();
        Timestamp submitted = timestamp(d, "submittedAt");
        for (JsonNode score : d.path("scores")) {
            run(c, SCORE, uuid(d, "responseId"), text(score, "key"), e.tenant(), uuid(d, "assignmentId"), uuid(d, "programmeId"),
                    uuid(d, "relationshipId"), text(d, "respondentId"), text(d, "subjectId"), text(d, "perspective"), text(d, "role"),
                    text(d, "instrumentKey"), d.path("instrumentVersion").asInt(), text(d, "wave"), submitted,
                    score.hasNonNull("value") ? score.get("value").asDouble() : null, text(score, "label"));
        }
    }

    private static void assignment(Connection c, FeedApis.Event e) throws SQLException {
        JsonNode d = e.data();
        run(c, ASSIGNMENT, uuid(d, "assignmentId"), e.tenant(), text(d, "respondentId"), text(d, "instrumentKey"),
                d.path("instrumentVersion").asInt(), uuid(d, "programmeId"), uuid(d, "relationshipId"), text(d, "aboutPersonId"),
                text(d, "role"), text(d, "wave"), date(d, "dueOn"), text(d, "status"), timestamp(d, "createdAt"), timestamp(d, "cancelledAt"));
    }

    private static Timestamp timestamp(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Timestamp.from(Instant.parse(value));
    }

    private static void run(Connection c, TenantSql sql, Object... values) throws SQLException {
        try (PreparedStatement statement = sql.prepare(c, null, values)) {
            statement.executeUpdate();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : UUID.fromString(value);
    }

    private static Date date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Date.valueOf(LocalDate.parse(value));
    }
}
