package io.tandem.survey.response;

import io.agroal.api.AgroalDataSource;
import io.tandem.support.persistence.TenantSql;
import io.tandem.survey.assignment.AssignmentStatus;
import io.tandem.survey.assignment.RespondentRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The submit path in plain SQL: one round trip locks the assignment and reads its draft, one writes
 * the response, the assignment's new status, every score row and the outbox event. Submission is
 * the hottest write of the service; the ORM's per-entity work there cost more than the database's.
 * Every statement binds the tenant through {@link TenantSql}, as the ORM's tenant filter would.
 */
@ApplicationScoped
class SubmissionStore {

    private static final TenantSql LOCK = TenantSql.of("""
            select a.id, a.respondent_id, a.instrument_id, a.instrument_key, a.instrument_version, a.programme_id,
                   a.relationship_id, a.about_person_id, a.respondent_role, a.wave, a.due_on, a.status,
                   r.id, r.answers::text, r.idempotency_key, r.version, r.created_at
            from assignment a left join survey_response r on r.assignment_id = a.id and r.tenant_id = a.tenant_id
            where a.id = ? and a.tenant_id = :tenant
            for update of a
            """);

    private static final TenantSql WRITE = TenantSql.of("""
            with response as (
                insert into survey_response (id, tenant_id, version, created_at, updated_at, assignment_id, respondent_id,
                    instrument_id, instrument_key, instrument_version, status, answers, scores, submitted_at, idempotency_key,
                    subject_id, perspective, rater_role, programme_id, wave)
                values (?, :tenant, 0, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
                on conflict (assignment_id) do update set status = 'SUBMITTED', answers = excluded.answers,
                    scores = excluded.scores, submitted_at = excluded.submitted_at, idempotency_key = excluded.idempotency_key,
                    updated_at = excluded.updated_at, version = survey_response.version + 1
                returning id),
            assignment_done as (
                update assignment set status = 'SUBMITTED', submitted_at = ?, updated_at = ?, version = version + 1
                where id = ? and tenant_id = :tenant),
            score_rows as (
                insert into scale_score (response_id, score_key, tenant_id, respondent_id, instrument_key, instrument_version,
                    value, label, submitted_at, subject_id, perspective, rater_role)
                select (select id from response), s.score_key, :tenant, ?, ?, ?, s.value, s.label, ?, ?, ?, ?
                from unnest(cast(? as varchar[]), cast(? as float8[]), cast(? as varchar[])) as s(score_key, value, label)),
            event as (
                insert into outbox_event (tenant_id, event_type, aggregate_id, payload)
                values (:tenant, ?, ?, cast(? as jsonb)))
            select id from response
            """);

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LockedAssignment> lock(String tenant, UUID assignmentId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = LOCK.prepare(connection, tenant, assignmentId)) {
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Date due = row.getDate(11);
                Timestamp responseCreated = row.getTimestamp(17);
                String role = row.getString(9);
                return Optional.of(new LockedAssignment(row.getObject(1, UUID.class), row.getString(2), row.getObject(3, UUID.class),
                        row.getString(4), row.getInt(5), row.getObject(6, UUID.class), row.getObject(7, UUID.class), row.getString(8),
                        role == null ? null : RespondentRole.valueOf(role), row.getString(10), due == null ? null : due.toLocalDate(),
                        AssignmentStatus.valueOf(row.getString(12)), row.getObject(13, UUID.class), row.getString(14),
                        row.getString(15), row.getLong(16), responseCreated == null ? null : responseCreated.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock assignment " + assignmentId, e);
        }
    }

    /** Everything a submission writes, in the caller's transaction. */
    record Submission(String tenant, LockedAssignment assignment, UUID responseId, String answersJson, String scoresJson,
                      List<ScoreView> scores, Timestamp submittedAt, String idempotencyKey, String eventType, String eventJson) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(Submission s) {
        LockedAssignment a = s.assignment();
        Timestamp at = s.submittedAt();
        String subject = Perspective.subjectOf(a.respondentId(), a.aboutPersonId());
        String perspective = Perspective.of(a.respondentId(), a.aboutPersonId()).name();
        String raterRole = a.role() == null ? null : a.role().name();
        Object[] values = {
                s.responseId(), at, at, a.id(), a.respondentId(), a.instrumentId(), a.instrumentKey(), a.instrumentVersion(),
                s.answersJson(), s.scoresJson(), at, s.idempotencyKey(), subject, perspective, raterRole, a.programmeId(), a.wave(),
                at, at, a.id(),
                a.respondentId(), a.instrumentKey(), a.instrumentVersion(), at, subject, perspective, raterRole,
                new TenantSql.SqlArray("varchar", s.scores().stream().map(ScoreView::key).toArray()),
                new TenantSql.SqlArray("float8", s.scores().stream().map(ScoreView::value).toArray()),
                new TenantSql.SqlArray("varchar", s.scores().stream().map(ScoreView::label).toArray()),
                s.eventType(), s.responseId(), s.eventJson()};
        try (Connection connection = dataSource.getConnection(); PreparedStatement write = WRITE.prepare(connection, s.tenant(), values)) {
            write.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the submission of assignment " + a.id(), e);
        }
    }
}
