package io.tandem.analytics.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads one programme's facts from the read model, for the caller's tenant only. */
@ApplicationScoped
class ReportData {

    private static final TenantSql PARTICIPANTS = TenantSql.of(
            "select person_id, role, status, diversity::text from participant_fact where tenant_id = :tenant and programme_id = ?");
    private static final TenantSql RELATIONSHIPS = TenantSql.of("""
            select relationship_id::text, mentor_id, mentee_id, phase, started_on, ended_on, agreement_confirmed
            from relationship_fact where tenant_id = :tenant and programme_id = ?""");
    private static final TenantSql MEETINGS = TenantSql.of("""
            select m.relationship_id::text, m.held_on from meeting_fact m join relationship_fact r on r.relationship_id = m.relationship_id
            where m.tenant_id = :tenant and r.tenant_id = :tenant and r.programme_id = ?""");
    private static final TenantSql ASSIGNMENTS = TenantSql.of("""
            select a.relationship_id::text, a.respondent_id, a.role, a.wave, a.due_on, a.status = 'cancelled', s.submitted_at
            from assignment_fact a
            left join (select assignment_id, min(submitted_at) as submitted_at from score_fact
                       where tenant_id = :tenant and programme_id = ? group by assignment_id) s on s.assignment_id = a.assignment_id
            where a.tenant_id = :tenant and a.programme_id = ? and a.relationship_id is not null""");
    private static final TenantSql SCORES = TenantSql.of("""
            select relationship_id::text, respondent_id, role, perspective, wave, submitted_at, value from score_fact
            where tenant_id = :tenant and programme_id = ? and instrument_key = ? and scale_key = ? and relationship_id is not null
              and value is not null""");
    private static final TenantSql PROPOSALS = TenantSql.of(
            "select mentor_id, mentee_id, mentor_decision from proposal_fact where tenant_id = :tenant and programme_id = ?");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional
    Facts.Programme programme(UUID programmeId) {
        String tenant = caller.tenant();
        List<Facts.Participant> participants = new ArrayList<>();
        List<Facts.Relationship> relationships = new ArrayList<>();
        List<Facts.Meeting> meetings = new ArrayList<>();
        List<Facts.Assignment> assignments = new ArrayList<>();
        List<Facts.Proposal> proposals = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            KnownProgrammes.require(c, tenant, programmeId);
            query(c, PARTICIPANTS, tenant, r -> participants.add(new Facts.Participant(r.getString(1), r.getString(2), r.getString(3),
                    diversity(r.getString(4)))), programmeId);
            query(c, RELATIONSHIPS, tenant, r -> relationships.add(new Facts.Relationship(r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getDate(5).toLocalDate(), r.getDate(6) == null ? null : r.getDate(6).toLocalDate(), r.getBoolean(7))),
                    programmeId);
            query(c, MEETINGS, tenant, r -> meetings.add(new Facts.Meeting(r.getString(1), r.getDate(2).toLocalDate())), programmeId);
            query(c, ASSIGNMENTS, tenant, r -> assignments.add(new Facts.Assignment(r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getDate(5) == null ? null : r.getDate(5).toLocalDate(), r.getBoolean(6), instant(r.getTimestamp(7)))),
                    programmeId, programmeId);
            query(c, PROPOSALS, tenant, r -> proposals.add(new Facts.Proposal(r.getString(1), r.getString(2), r.getString(3))), programmeId);
        });
        return new Facts.Programme(participants, relationships, meetings, assignments, proposals);
    }

    /** One scale's scores within the programme's relationships (self-reports and ratings of the other alike). */
    @Transactional
    List<Facts.Score> scores(UUID programmeId, String instrumentKey, String scaleKey) {
        String tenant = caller.tenant();
        List<Facts.Score> scores = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> query(c, SCORES, tenant, r -> scores.add(new Facts.Score(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getTimestamp(6).toInstant(), r.getDouble(7))),
                programmeId, instrumentKey, scaleKey));
        return scores;
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection c, TenantSql sql, String tenant, Row row, Object... values) throws SQLException {
        try (PreparedStatement s = sql.prepare(c, tenant, values)) {
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    private Map<String, String> diversity(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
