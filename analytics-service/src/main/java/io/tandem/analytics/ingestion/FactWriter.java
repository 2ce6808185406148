package io.tandem.analytics.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.analytics.readmodel.CheckInLock;
import io.tandem.support.persistence.TenantSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns feed events into read-model rows, a page at a time: each table's rows are gathered column by column and {@link #flush}
 * sends them as one INSERT … SELECT FROM unnest(arrays) per table (the export's score columns, a handful per page, as a JDBC
 * batch), not a statement per row. Every statement is idempotent: current state is upserted
 * by the source's own id (the event carries the whole state), history is inserted by (id, sequence) and
 * a known key is ignored, so applying an event again, or replaying a feed from zero, ends in the same rows.
 */
final class FactWriter {

    private Connection connection;
    private final java.util.Map<TenantSql, PreparedStatement> batches = new java.util.LinkedHashMap<>();

    FactWriter(Connection connection) {
        this.connection = connection;
    }

    /** Whether a feed's events only gather rows (no statement runs until the flush), so a page can be gathered before its transaction. */
    static boolean gathersAhead(FeedSource source) {
        return source == FeedSource.SCORED_RESPONSES || source == FeedSource.ASSIGNMENTS;
    }

    /**
     * A page of a feed that {@link #gathersAhead gathers ahead}, its rows gathered and their array literals built without a
     * connection (on the thread that fetched it, while the page before is being written); {@link #writeTo} writes it.
     */
    static FactWriter gathered(FeedSource source, java.util.List<? extends FeedApis.Event<?>> events) {
        if (!gathersAhead(source)) {
            throw new IllegalArgumentException(source.key() + " writes as it applies");
        }
        FactWriter page = new FactWriter(null);
        try {
            for (FeedApis.Event<?> event : events) {
                page.apply(source, event);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gathering runs no statement", e);
        }
        page.seal();
        page.responseRows.literals();
        page.answers.literals();
        page.assignments.literals();
        return page;
    }

    /** Writes a gathered page in the transaction of {@code c}. */
    void writeTo(Connection c) throws SQLException {
        connection = c;
        flush();
    }

    /** Puts what the page gathered by key (answers per assignment, the last state of each assignment) into its columns; again is a no-op. */
    private void seal() {
        answeredAt.forEach(answers::add);
        answeredAt.clear();
        if (assignments.isEmpty()) {
            assignmentRows.values().forEach(assignments::add);
        }
    }

    private static final String WHY = "ingestion writes the events of every tenant the platform feeds carry, each with its own tenant";

    private static final TenantSql PARTICIPANTS = TenantSql.acrossTenants("""
            insert into participant_fact (participant_id, tenant_id, programme_id, person_id, role, status, diversity, has_manager,
                                          enrolled_at, changed_at, research_consent)
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::jsonb[], ?::bool[],
                                 ?::timestamptz[], ?::timestamptz[], ?::bool[])
            on conflict (participant_id) do update set role = excluded.role, status = excluded.status, diversity = excluded.diversity,
              has_manager = excluded.has_manager, changed_at = excluded.changed_at, research_consent = excluded.research_consent""", WHY);

    /** Retention erased a relationship at its source: every fact of it goes (matching-service's RetentionJob). */
    private static final java.util.List<TenantSql> ERASE_RELATIONSHIP = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(TenantSql.of("delete from response_fact where tenant_id = :tenant and assignment_id in "
                    + "(select assignment_id from assignment_fact where tenant_id = :tenant and relationship_id = ?)")),
            java.util.stream.Stream.of("response_fact", "assignment_fact", "relationship_event_fact", "goal_fact", "meeting_fact",
                            "relationship_fact")
                    .map(table -> TenantSql.of("delete from " + table + " where tenant_id = :tenant and relationship_id = ?"))).toList();

    private static final TenantSql PARTICIPANT_STATUSES = TenantSql.acrossTenants("""
            insert into participant_status_fact (participant_id, sequence, tenant_id, status, changed_at)
            select * from unnest(?::uuid[], ?::int8[], ?::varchar[], ?::varchar[], ?::timestamptz[])
            on conflict do nothing""", WHY);

    private static final TenantSql PROPOSALS = TenantSql.acrossTenants("""
            insert into proposal_fact (proposal_id, tenant_id, run_id, programme_id, mentor_id, mentee_id, status, mentor_decision,
                                       mentee_decision, score, recommendation_rank, published_at, decided_at)
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::varchar[], ?::int4[], ?::int4[], ?::timestamptz[], ?::timestamptz[])
            on conflict (proposal_id) do update set status = excluded.status, mentor_decision = excluded.mentor_decision,
              mentee_decision = excluded.mentee_decision, decided_at = coalesce(excluded.decided_at, proposal_fact.decided_at)""", WHY);

    private static final TenantSql PROPOSAL_FACTORS = TenantSql.acrossTenants("""
            insert into proposal_factor_fact (proposal_id, factor, tenant_id, score, weight, no_data)
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::int4[], ?::int4[], ?::bool[])
            on conflict (proposal_id, factor) do update set score = excluded.score, weight = excluded.weight, no_data = excluded.no_data""", WHY);

    private static final TenantSql RELATIONSHIPS = TenantSql.acrossTenants("""
            insert into relationship_fact (relationship_id, tenant_id, programme_id, mentor_id, mentee_id, origin, phase, started_on,
                                           planned_end_on, ended_on, ended_early, end_reason, continues_as_peers, agreement_confirmed, changed_at)
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[],
                                 ?::date[], ?::date[], ?::bool[], ?::varchar[], ?::bool[], ?::bool[], ?::timestamptz[])
            on conflict (relationship_id) do update set phase = excluded.phase, planned_end_on = excluded.planned_end_on,
              ended_on = excluded.ended_on, ended_early = excluded.ended_early, end_reason = excluded.end_reason,
              continues_as_peers = excluded.continues_as_peers, agreement_confirmed = excluded.agreement_confirmed,
              changed_at = excluded.changed_at""", WHY);

    private static final TenantSql RELATIONSHIP_EVENTS = TenantSql.acrossTenants("""
            insert into relationship_event_fact (relationship_id, sequence, tenant_id, change, phase, occurred_at)
            select * from unnest(?::uuid[], ?::int8[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
            on conflict do nothing""", WHY);

    private static final TenantSql GOALS = TenantSql.acrossTenants("""
            insert into goal_fact (goal_id, tenant_id, relationship_id, owner, status, target_on, changed_at)
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::varchar[], ?::varchar[], ?::date[], ?::timestamptz[])
            on conflict (goal_id) do update set status = excluded.status, target_on = excluded.target_on, changed_at = excluded.changed_at""",
            WHY);

    private static final TenantSql MEETINGS = TenantSql.acrossTenants("""
            insert into meeting_fact (meeting_id, tenant_id, relationship_id, held_on, duration_minutes, channel)
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::date[], ?::int4[], ?::varchar[])
            on conflict do nothing""", WHY);

    /**
     * Responses arrive a page at a time: one INSERT … SELECT FROM unnest(arrays) each, not a row at a time. A response's scale keys,
     * values and labels travel as one array literal each (unnest cannot carry arrays of arrays), cast back per row.
     */
    private static final TenantSql RESPONSES = TenantSql.acrossTenants("""
            insert into response_fact (response_id, tenant_id, assignment_id, programme_id, relationship_id, respondent_id, subject_id,
                                       perspective, role, instrument_key, instrument_version, wave, submitted_at, scale_keys, scale_values,
                                       labels)
            select u.id, u.tenant_id, u.assignment_id, u.programme_id, u.relationship_id, u.respondent_id, u.subject_id, u.perspective, u.role,
                   u.instrument_key, u.instrument_version, u.wave, u.submitted_at, cast(u.scale_keys as varchar(63)[]),
                   cast(u.scale_values as float8[]), cast(u.labels as varchar(100)[])
            from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::int4[], ?::varchar[], ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                 as u(id, tenant_id, assignment_id, programme_id, relationship_id, respondent_id, subject_id, perspective, role, instrument_key,
                      instrument_version, wave, submitted_at, scale_keys, scale_values, labels)
            on conflict do nothing""", WHY);

    /** The export's columns: one row per side, perspective, instrument, scale and version a programme's relationships answered. */
    private static final TenantSql SCORE_COLUMN = TenantSql.acrossTenants("""
            insert into score_column_fact (tenant_id, programme_id, role, perspective, instrument_key, scale_key, instrument_version)
            values (?, ?::uuid, ?, ?, ?, ?, ?) on conflict do nothing""", WHY);

    /** Only assignments whose earliest answer this page moves: a replayed page changes no row and counts nothing twice. */
    private static final TenantSql ANSWERED = TenantSql.acrossTenants("""
            update assignment_fact a set answered_at = u.at
            from unnest(?::uuid[], ?::timestamptz[]) as u(id, at) where a.assignment_id = u.id and (a.answered_at is null or a.answered_at > u.at)""",
            WHY);

    /**
     * The page's new assignments, answered by what responses are already committed; it answers the ids it inserted, and whether
     * each is still unanswered. Assignments already known are left to {@link #ASSIGNMENT_CHANGES}.
     */
    private static final TenantSql NEW_ASSIGNMENTS = TenantSql.acrossTenants("""
            insert into assignment_fact (assignment_id, tenant_id, respondent_id, instrument_key, instrument_version, programme_id,
                                         relationship_id, about_person_id, role, wave, due_on, status, created_at, cancelled_at, answered_at)
            select u.*, (select min(f.submitted_at) from response_fact f where f.assignment_id = u.id)
            from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int4[], ?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::date[], ?::varchar[], ?::timestamptz[], ?::timestamptz[])
                 as u(id, tenant_id, respondent_id, instrument_key, instrument_version, programme_id, relationship_id, about_person_id, role,
                      wave, due_on, status, created_at, cancelled_at)
            on conflict (assignment_id) do nothing
            returning assignment_id::text, answered_at is null""", WHY);

    /** A known assignment's new state (cancelled, reopened); one that did not change is not written, so a replay counts nothing. */
    private static final TenantSql ASSIGNMENT_CHANGES = TenantSql.acrossTenants("""
            update assignment_fact a set status = u.status, cancelled_at = u.cancelled_at
            from unnest(?::uuid[], ?::varchar[], ?::timestamptz[]) as u(id, status, cancelled_at)
            where a.assignment_id = u.id and (a.status is distinct from u.status or a.cancelled_at is distinct from u.cancelled_at)""", WHY);

    /** New assignments answered by responses another page committed while they were being inserted. */
    private static final TenantSql ANSWERED_MEANWHILE = TenantSql.acrossTenants("""
            update assignment_fact a set answered_at = f.at
            from (select assignment_id, min(submitted_at) as at from response_fact where assignment_id = any(?::uuid[]) group by assignment_id) f
            where a.assignment_id = f.assignment_id and a.answered_at is null""", WHY);


    private final PageColumns responseRows = new PageColumns(16);
    /** The page's distinct export columns (a handful per page): the scale keys per answered instrument, side and perspective. */
    private final java.util.Map<ExportColumns, java.util.Set<String>> scoreColumns = new java.util.LinkedHashMap<>();

    private record ExportColumns(String tenant, String programmeId, String role, String perspective, String instrumentKey, int version) {
    }
    /** Per assignment its earliest submission in the page (ISO-8601 text as the feed sent it). */
    private final java.util.Map<String, String> answeredAt = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Object[]> assignmentRows = new java.util.LinkedHashMap<>();
    /** The page's answers and assignments as array literals, once sealed. */
    private final PageColumns answers = new PageColumns(2);
    private final PageColumns assignments = new PageColumns(14);

    // matching-service's feeds: an upsert's rows one per key (KeyedRows), history and first-come rows as they arrive
    private final KeyedRows participantRows = KeyedRows.keepingFirst(11, 0, 1, 2, 3, 8);
    private final PageColumns statusRows = new PageColumns(5);
    private final KeyedRows proposalRows = KeyedRows.keepingFirst(13, 0, 1, 2, 3, 4, 5, 9, 10, 11).coalescing(12);
    private final KeyedRows factorRows = KeyedRows.keepingFirst(6);
    private final KeyedRows relationshipRows = KeyedRows.keepingFirst(15, 0, 1, 2, 3, 4, 5, 7);
    private final PageColumns eventRows = new PageColumns(6);
    private final KeyedRows goalRows = KeyedRows.keepingFirst(7, 0, 1, 2, 3);
    private final PageColumns meetingRows = new PageColumns(6);

    /** Applies one event of the source's feed (its data typed as that feed's client reads it). */
    @SuppressWarnings("unchecked")
    void apply(FeedSource source, FeedApis.Event<?> event) throws SQLException {
        switch (source) {
            case PARTICIPANTS -> participant((FeedApis.Event<JsonNode>) event);
            case PROPOSALS -> proposal((FeedApis.Event<JsonNode>) event);
            case RELATIONSHIPS -> relationship((FeedApis.Event<JsonNode>) event);
            case SCORED_RESPONSES -> scores((FeedApis.Event<FeedApis.Scored>) event);
            case ASSIGNMENTS -> assignment((FeedApis.Event<FeedApis.Assignment>) event);
            case SURVEY_ERASURES, MATCHING_ERASURES -> {
                flush(); // what the page held before the erasure is erased with it
                io.tandem.analytics.privacy.AnalyticsErasure.apply(connection, event.tenant(), (JsonNode) event.data());
            }
        }
    }

    /** Sends every gathered row, a statement per table (a page holds one feed's tables: their order does not matter). */
    void flush() throws SQLException {
        write(PARTICIPANTS, participantRows);
        write(PARTICIPANT_STATUSES, statusRows);
        write(PROPOSALS, proposalRows);
        write(PROPOSAL_FACTORS, factorRows);
        write(RELATIONSHIPS, relationshipRows);
        write(RELATIONSHIP_EVENTS, eventRows);
        write(GOALS, goalRows);
        write(MEETINGS, meetingRows);
        write(RESPONSES, responseRows);
        for (var columns : scoreColumns.entrySet()) {
            ExportColumns of = columns.getKey();
            for (String scale : columns.getValue()) {
                add(SCORE_COLUMN, of.tenant(), of.programmeId(), of.role(), of.perspective(), of.instrumentKey(), scale, of.version());
            }
        }
        scoreColumns.clear();
        sendBatches(); // before the lock below: nothing held longer than it must
        // The assignments and scored-responses feeds both write answered_at: one at a time, so neither misses the other's rows.
        // The lock covers only what reads or writes across the two feeds, and lasts to the commit: whichever of the two pages
        // commits second sees the other's rows.
        seal();
        if (!answers.isEmpty()) {
            CheckInLock.take(connection);
            execute(ANSWERED, answers.literals());
            answers.clear();
        }
        if (!assignmentRows.isEmpty()) {
            assignments();
        }
        sendBatches();
    }

    /**
     * New assignments go in before the lock (no other writer inserts them, and until this page commits nobody else sees them):
     * most of a page's work is outside the section the two survey feeds share. Their counting trigger then takes the lock; under it,
     * known assignments get their new state, and new ones an answer a responses page committed while they were being inserted
     * (that page's update could not see them; the insert could not see its responses).
     */
    private void assignments() throws SQLException {
        java.util.Set<String> inserted = new java.util.HashSet<>();
        java.util.List<String> unanswered = new java.util.ArrayList<>();
        try (PreparedStatement insert = NEW_ASSIGNMENTS.prepare(connection, null, assignments.literals());
             java.sql.ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                inserted.add(rows.getString(1));
                if (rows.getBoolean(2)) {
                    unanswered.add(rows.getString(1));
                }
            }
        }
        CheckInLock.take(connection);
        java.util.List<Object[]> known = assignmentRows.entrySet().stream()
                .filter(row -> !inserted.contains(row.getKey().toLowerCase(java.util.Locale.ROOT))).map(java.util.Map.Entry::getValue).toList();
        if (!known.isEmpty()) {
            execute(ASSIGNMENT_CHANGES, new TenantSql.SqlArray("uuid", known.stream().map(row -> (String) row[0]).toArray(String[]::new)),
                    new TenantSql.SqlArray("varchar", known.stream().map(row -> (String) row[11]).toArray(String[]::new)),
                    new TenantSql.SqlArray("timestamptz", known.stream().map(row -> (String) row[13]).toArray(String[]::new)));
        }
        if (!unanswered.isEmpty()) {
            execute(ANSWERED_MEANWHILE, new TenantSql.SqlArray("uuid", unanswered.toArray(String[]::new)));
        }
        assignmentRows.clear();
        assignments.clear();
    }

    private void sendBatches() throws SQLException {
        try {
            for (PreparedStatement batch : batches.values()) {
                batch.executeBatch();
            }
        } finally {
            for (PreparedStatement batch : batches.values()) {
                batch.close();
            }
            batches.clear();
        }
    }

    private void participant(FeedApis.Event<JsonNode> e) {
        JsonNode d = e.data();
        String id = key(d, "participantId");
        String at = e.occurredAt();
        participantRows.add(id, id, e.tenant(), text(d, "programmeId"), text(d, "personId"), text(d, "role"), text(d, "status"),
                d.hasNonNull("diversity") ? d.get("diversity").toString() : null, bool(d.path("hasManager").asBoolean(false)), at, at,
                bool(d.path("researchConsent").asBoolean(false)));
        if (!"profile-changed".equals(text(d, "change"))) {
            statusRows.add(id, Long.toString(e.sequence()), e.tenant(), text(d, "status"), at);
        }
    }

    private void proposal(FeedApis.Event<JsonNode> e) {
        JsonNode d = e.data();
        String id = key(d, "proposalId");
        String at = e.occurredAt();
        proposalRows.add(id, id, e.tenant(), text(d, "runId"), text(d, "programmeId"), text(d, "mentorId"), text(d, "menteeId"),
                text(d, "status"), text(d, "mentorDecision"), text(d, "menteeDecision"), Integer.toString(d.path("score").asInt()),
                d.hasNonNull("recommendationRank") ? Integer.toString(d.get("recommendationRank").asInt()) : null, at,
                "decided".equals(text(d, "change")) ? at : null);
        for (JsonNode factor : d.path("factors")) {
            String name = text(factor, "factor");
            factorRows.add(id + '/' + name, id, name, e.tenant(), Integer.toString(factor.path("score").asInt()),
                    Integer.toString(factor.path("weight").asInt()), bool(factor.path("noData").asBoolean(false)));
        }
    }

    private void relationship(FeedApis.Event<JsonNode> e) throws SQLException {
        JsonNode d = e.data();
        String id = key(d, "relationshipId");
        if ("erased".equals(text(d, "change"))) {
            flush(); // facts of the relationship gathered in this page go with it
            CheckInLock.take(connection); // before the rows: its assignments' counts change
            UUID relationship = UUID.fromString(id);
            for (TenantSql erase : ERASE_RELATIONSHIP) {
                try (PreparedStatement delete = erase.prepare(connection, e.tenant(), relationship)) {
                    delete.executeUpdate();
                }
            }
            return;
        }
        String at = e.occurredAt();
        relationshipRows.add(id, id, e.tenant(), text(d, "programmeId"), text(d, "mentorId"), text(d, "menteeId"), text(d, "origin"),
                text(d, "phase"), text(d, "startedOn"), text(d, "plannedEndOn"), text(d, "endedOn"), bool(d.path("endedEarly").asBoolean(false)),
                text(d, "endReason"), d.hasNonNull("continuesAsPeers") ? bool(d.get("continuesAsPeers").asBoolean()) : null,
                bool(d.path("agreementConfirmed").asBoolean(false)), at);
        eventRows.add(id, Long.toString(e.sequence()), e.tenant(), text(d, "change"), text(d, "phase"), at);
        JsonNode goal = d.get("goal");
        if (goal != null && !goal.isNull()) {
            String goalId = key(goal, "id");
            goalRows.add(goalId, goalId, e.tenant(), id, text(goal, "owner"), text(goal, "status"), text(goal, "targetOn"), at);
        }
        JsonNode meeting = d.get("meeting");
        if (meeting != null && !meeting.isNull()) {
            meetingRows.add(text(meeting, "id"), e.tenant(), id, text(meeting, "heldOn"), Integer.toString(meeting.path("durationMinutes").asInt()),
                    text(meeting, "channel"));
        }
    }

    private void scores(FeedApis.Event<FeedApis.Scored> e) {
        FeedApis.Scored d = e.data();
        java.util.List<FeedApis.Score> scores = d.scores() == null ? java.util.List.of() : d.scores();
        boolean inExport = d.programmeId() != null && d.relationshipId() != null && d.role() != null && d.wave() != null
                && d.perspective() != null;
        if (inExport && !scores.isEmpty()) {
            java.util.Set<String> scales = scoreColumns.computeIfAbsent(new ExportColumns(e.tenant(), d.programmeId(), d.role(), d.perspective(),
                    d.instrumentKey(), d.instrumentVersion()), k -> new java.util.LinkedHashSet<>());
            scores.forEach(score -> scales.add(score.key()));
        }
        responseRows.add(d.responseId(), e.tenant(), d.assignmentId(), d.programmeId(), d.relationshipId(), d.respondentId(), d.subjectId(),
                d.perspective(), d.role(), d.instrumentKey(), Integer.toString(d.instrumentVersion()), d.wave(), d.submittedAt(),
                ArrayLiteral.of(scores, FeedApis.Score::key), ArrayLiteral.of(scores, s -> s.value() == null ? null : s.value().toString()),
                ArrayLiteral.of(scores, FeedApis.Score::label));
        if (d.assignmentId() != null) {
            answeredAt.merge(d.assignmentId(), d.submittedAt(), (a, b) -> Instant.parse(a).isBefore(Instant.parse(b)) ? a : b);
        }
    }

    /** The last event of an assignment in a page is its state (a page may both create and cancel one). */
    private void assignment(FeedApis.Event<FeedApis.Assignment> e) {
        FeedApis.Assignment d = e.data();
        assignmentRows.put(d.assignmentId(), new Object[] {d.assignmentId(), e.tenant(), d.respondentId(), d.instrumentKey(),
                Integer.toString(d.instrumentVersion()), d.programmeId(), d.relationshipId(), d.aboutPersonId(), d.role(), d.wave(), d.dueOn(),
                d.status(), d.createdAt(), d.cancelledAt()});
    }

    private void execute(TenantSql sql, Object... values) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection, null, values)) {
            statement.execute();
        }
    }

    private void add(TenantSql sql, Object... values) throws SQLException {
        PreparedStatement batch = batches.get(sql);
        if (batch == null) {
            batch = sql.prepare(connection, null, values);
            batches.put(sql, batch);
        } else {
            sql.bind(batch, null, values);
        }
        batch.addBatch();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An id as the key of its row in the page: its canonical text, so two spellings of one UUID merge instead of failing the upsert. */
    private static String key(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static String bool(boolean value) {
        return value ? "true" : "false";
    }

    private void write(TenantSql sql, GatheredRows rows) throws SQLException {
        if (!rows.isEmpty()) {
            execute(sql, rows.literals());
            rows.clear();
        }
    }
}
