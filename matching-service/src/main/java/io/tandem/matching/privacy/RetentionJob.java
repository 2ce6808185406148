package io.tandem.matching.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention: a programme that ended more than the tenant's retentionDays ago (disclosure settings) loses its
 * relationships with everything recorded in them (analytics drops its facts on the "erased" relationship events this
 * leaves on the feed), and survey-service erases its assignments and responses.
 * Each programme is taken FOR UPDATE SKIP LOCKED and claimed for ten minutes, so the job runs once across replicas;
 * survey-service is called outside any transaction, and when it cannot be reached the claim is dropped, nothing
 * is erased, and the next round tries again.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final String WHY = "retention runs over every tenant's programmes";

    private static final TenantSql NEXT_DUE = TenantSql.acrossTenants("""
            select p.id, p.tenant_id from programme p join disclosure_settings s on s.tenant_id = p.tenant_id
            where s.retention_days is not null and p.retention_erased_at is null and p.ends_on + s.retention_days < ?
              and (p.retention_claimed_until is null or p.retention_claimed_until < now())
            order by p.ends_on, p.id limit 1 for update of p skip locked""", WHY);
    /** The claim that keeps other replicas off the programme while survey-service is called outside any transaction. */
    private static final TenantSql CLAIM = TenantSql.of(
            "update programme set retention_claimed_until = now() + interval '10 minutes' where tenant_id = :tenant and id = ?");
    private static final TenantSql UNCLAIM = TenantSql.of(
            "update programme set retention_claimed_until = null where tenant_id = :tenant and id = ?");
    private static final List<TenantSql> ERASE = List.of(
            TenantSql.of("delete from journal_entry where tenant_id = :tenant and relationship_id in "
                    + "(select id from relationship where tenant_id = :tenant and programme_id = ?)"),
            TenantSql.of("delete from relationship_meeting where tenant_id = :tenant and relationship_id in "
                    + "(select id from relationship where tenant_id = :tenant and programme_id = ?)"),
            TenantSql.of("delete from relationship_goal where tenant_id = :tenant and relationship_id in "
                    + "(select id from relationship where tenant_id = :tenant and programme_id = ?)"),
            TenantSql.of("delete from relationship_phase_change where tenant_id = :tenant and relationship_id in "
                    + "(select id from relationship where tenant_id = :tenant and programme_id = ?)"),
            TenantSql.of("delete from survey_delivery where tenant_id = :tenant and relationship_id in "
                    + "(select id from relationship where tenant_id = :tenant and programme_id = ?)"),
            // the relationships' events give way to one "erased" event each, on which analytics drops its facts
            TenantSql.of("delete from outbox_event where tenant_id = :tenant and event_type = 'relationship' "
                    + "and payload->>'programmeId' = ?::text"),
            TenantSql.of("insert into outbox_event (tenant_id, event_type, aggregate_id, payload) select tenant_id, 'relationship', id, "
                    + "jsonb_build_object('change', 'erased', 'relationshipId', id, 'programmeId', programme_id) from relationship "
                    + "where tenant_id = :tenant and programme_id = ? order by id"),
            TenantSql.of("delete from relationship where tenant_id = :tenant and programme_id = ?"),
            TenantSql.of("update programme set retention_erased_at = now() where tenant_id = :tenant and id = ?"));

    @Inject
    EntityManager em;

    @Inject
    ServiceTokens tokens;

    @Inject
    @RestClient
    SurveyResponsesApi survey;

    private record Due(UUID programme, String tenant) {
    }

    @Scheduled(every = "${tandem.retention.every:1h}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            eraseDue(LocalDate.now(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            LOG.warnf("Retention stopped this round (%s); the next round tries again", e.toString());
        }
    }

    /** Erases every programme past its retention on {@code today}; returns how many. */
    public int eraseDue(LocalDate today) {
        int erased = 0;
        while (QuarkusTransaction.requiringNew().call(() -> eraseNext(today))) {
            erased++;
        }
        return erased;
    }

    private boolean eraseNext(LocalDate today) {
        Optional<Due> claimed = QuarkusTransaction.requiringNew().call(() -> claimNext(today));
        if (claimed.isEmpty()) {
            return false;
        }
        Due due = claimed.get();
        try {
            survey.erase(tokens.forTenant(due.tenant()), due.programme()); // no transaction waits on survey-service
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> run(UNCLAIM, due));
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> ERASE.forEach(step -> run(step, due)));
        LOG.infof("Retention erased the relationships and responses of programme %s", due.programme());
        return true;
    }

    private Optional<Due> claimNext(LocalDate today) {
        Optional<Due> due = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = NEXT_DUE.prepare(connection, null, Date.valueOf(today)); ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Due(row.getObject(1, UUID.class), row.getString(2))) : Optional.empty();
            }
        });
        due.ifPresent(claimed -> run(CLAIM, claimed));
        return due;
    }

    private void run(TenantSql step, Due due) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = step.prepare(connection, due.tenant(), due.programme())) {
                statement.executeUpdate();
            }
        });
    }
}
