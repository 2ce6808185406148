package io.tandem.survey.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tandem.support.persistence.TenantSql;
import io.tandem.survey.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Announces open assignments that fall due within {@code tandem.reminders.due-soon-days} (UTC dates) and
 * those past their due date, each once, as assignment-reminder events on the outbox (webhooks
 * assignment.due-soon and assignment.overdue). Marking and announcing is one statement; rows are taken
 * FOR UPDATE SKIP LOCKED, so replicas running it together announce each assignment once.
 */
@ApplicationScoped
public class AssignmentReminders {

    private static final int BATCH = 1000;
    private static final String WHY = "reminders are due for every tenant's assignments";
    private static final String ANNOUNCE = """
            with due as (
                select id from assignment
                where status = 'OPEN' and due_on is not null and %1$s_announced_at is null and due_on between ? and ?
                order by due_on, id limit ? for update skip locked),
            marked as (
                update assignment a set %1$s_announced_at = now() from due where a.id = due.id
                returning a.id, a.tenant_id, a.respondent_id, a.instrument_key, a.instrument_version, a.programme_id,
                          a.relationship_id, a.about_person_id, a.respondent_role, a.wave, a.due_on)
            insert into outbox_event (tenant_id, event_type, aggregate_id, payload)
            select tenant_id, '%2$s', id, jsonb_build_object('change', '%3$s', 'assignmentId', id, 'respondentId', respondent_id,
                   'instrumentKey', instrument_key, 'instrumentVersion', instrument_version, 'programmeId', programme_id,
                   'relationshipId', relationship_id, 'aboutPersonId', about_person_id, 'role', lower(respondent_role), 'wave', wave,
                   'dueOn', due_on)
            from marked order by due_on, id""";
    private static final TenantSql DUE_SOON = TenantSql.acrossTenants(ANNOUNCE.formatted("due_soon", Outbox.ASSIGNMENT_REMINDER, "due-soon"), WHY);
    private static final TenantSql OVERDUE = TenantSql.acrossTenants(ANNOUNCE.formatted("overdue", Outbox.ASSIGNMENT_REMINDER, "overdue"), WHY);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "tandem.reminders.due-soon-days", defaultValue = "2")
    int dueSoonDays;

    @Scheduled(every = "${tandem.reminders.every:15m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        announce(LocalDate.now(ZoneOffset.UTC));
    }

    /** Announces what is due soon and overdue on {@code today}, in batches; returns how many events were written. */
    public int announce(LocalDate today) {
        int total = 0;
        int written;
        do {
            written = QuarkusTransaction.requiringNew().call(() -> run(DUE_SOON, today, today.plusDays(dueSoonDays)))
                    + QuarkusTransaction.requiringNew().call(() -> run(OVERDUE, LocalDate.of(1900, 1, 1), today.minusDays(1)));
            total += written;
        } while (written > 0);
        return total;
    }

    private int run(TenantSql sql, LocalDate from, LocalDate to) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement announce = sql.prepare(connection, null, Date.valueOf(from), Date.valueOf(to), BATCH)) {
                return announce.executeUpdate();
            }
        });
    }
}
