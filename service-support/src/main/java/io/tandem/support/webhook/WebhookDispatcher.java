package io.tandem.support.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.persistence.TimeOrderedIds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Moves outbox events into each active subscription's queue (fan-out, advancing the subscription's own
 * outbox position in the same transaction, so an event is queued exactly once), and sends each
 * subscription's oldest pending delivery, one at a time (so order holds per subscription). A subscription is taken
 * FOR UPDATE SKIP LOCKED and leased before its delivery is sent outside any transaction: several replicas never send
 * the same attempt, and a sender that dies only delays the retry until its lease runs out.
 */
@ApplicationScoped
@IfBuildProperty(name = "tandem.webhooks.enabled", stringValue = "true")
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int EVENTS_PER_FAN_OUT = 500;
    private static final String WHY = "the webhook dispatcher serves every tenant's subscriptions";

    private static final TenantSql ADVANCEABLE = TenantSql.acrossTenants("""
            select id, tenant_id, event_types, after_xid::text as after_text, after_id from webhook_subscription
            where status = 'ACTIVE' order by id limit 100 for update skip locked""", WHY);
    private static final TenantSql EVENTS = TenantSql.of("""
            select e.id, e.xid::text as xid_text, e.event_type, e.payload::text, e.created_at from outbox_event e
            where e.tenant_id = :tenant and e.xid < pg_snapshot_xmin(pg_current_snapshot()) and (e.xid, e.id) > (?::xid8, ?)
            order by e.xid, e.id limit ?""");
    private static final TenantSql QUEUE = TenantSql.of("""
            insert into webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, body, status, created_at, next_attempt_at)
            values (?, :tenant, ?, ?, ?, ?, 'PENDING', now(), now())""");
    private static final TenantSql ADVANCE = TenantSql.of(
            "update webhook_subscription set after_xid = ?::xid8, after_id = ? where tenant_id = :tenant and id = ?");
    private static final TenantSql NEXT_DUE = TenantSql.acrossTenants("""
            select s.id, s.tenant_id, s.url, s.secret, d.id, d.event_id, d.body, d.attempts, d.created_at
            from webhook_subscription s
            cross join lateral (select id, event_id, body, attempts, created_at, next_attempt_at from webhook_delivery q
                                where q.subscription_id = s.id and q.status = 'PENDING' order by q.seq limit 1) d
            where s.status = 'ACTIVE' and d.next_attempt_at <= now() and (s.leased_until is null or s.leased_until < now())
            order by d.next_attempt_at limit 1
            for update of s skip locked""", WHY);
    /** While one replica sends a subscription's head delivery, no other takes the subscription; a crashed sender's lease runs out. */
    private static final TenantSql LEASE = TenantSql.of(
            "update webhook_subscription set leased_until = now() + make_interval(secs => ?) where tenant_id = :tenant and id = ?");
    private static final TenantSql RELEASE = TenantSql.of(
            "update webhook_subscription set leased_until = null where tenant_id = :tenant and id = ?");
    private static final TenantSql RECORD = TenantSql.of("""
            update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = now(), next_attempt_at = ?,
                last_status_code = ?, last_latency_ms = ?, last_error = ?, last_response = ?
            where tenant_id = :tenant and id = ?""");
    private static final TenantSql DISABLE = TenantSql.of("""
            update webhook_subscription set status = 'DISABLED', disabled_reason = ?, disabled_at = now()
            where tenant_id = :tenant and id = ?""");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookCatalogue catalogue;

    @Inject
    WebhookSettings settings;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "tandem")
    String service;

    private WebhookSender sender;

    @PostConstruct
    void start() {
        sender = new WebhookSender(settings.connectTimeout(), settings.timeout());
    }

    @Scheduled(every = "${tandem.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            QuarkusTransaction.requiringNew().run(this::fanOut);
            for (int sent = 0; sent < settings.deliveriesPerTick(); sent++) {
                if (!deliverNext()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook dispatch stopped this round; it resumes on the next");
        }
    }

    private record Position(UUID subscription, String tenant, Set<String> types, String afterXid, long afterId) {
    }

    void fanOut() {
        Session session = em.unwrap(Session.class);
        List<Position> subscriptions = session.doReturningWork(connection -> {
            try (PreparedStatement select = ADVANCEABLE.prepare(connection, null); ResultSet row = select.executeQuery()) {
                List<Position> found = new ArrayList<>();
                while (row.next()) {
                    found.add(new Position(row.getObject(1, UUID.class), row.getString(2), Set.of((String[]) row.getArray(3).getArray()),
                            row.getString(4), row.getLong(5)));
                }
                return found;
            }
        });
        for (Position position : subscriptions) {
            session.doWork(connection -> {
                String lastXid = null;
                long lastId = 0;
                List<Object[]> queued = new ArrayList<>();
                try (PreparedStatement events = EVENTS.prepare(connection, position.tenant(), position.afterXid(), position.afterId(),
                        EVENTS_PER_FAN_OUT);
                     ResultSet row = events.executeQuery()) {
                    while (row.next()) {
                        lastId = row.getLong(1);
                        lastXid = row.getString(2);
                        JsonNode payload = parse(row.getString(4));
                        Optional<String> type = catalogue.webhookType(row.getString(3), payload);
                        if (type.isPresent() && position.types().contains(type.get())) {
                            String eventId = "evt_" + service + "_" + lastId;
                            queued.add(new Object[] {TimeOrderedIds.next(), position.subscription(), eventId, type.get(),
                                    Envelopes.body(json, eventId, type.get(), row.getTimestamp(5).toInstant(), payload)});
                        }
                    }
                }
                if (!queued.isEmpty()) {
                    try (PreparedStatement queue = QUEUE.prepare(connection, position.tenant(), queued.get(0))) {
                        queue.addBatch();
                        for (int i = 1; i < queued.size(); i++) {
                            QUEUE.bind(queue, position.tenant(), queued.get(i));
                            queue.addBatch();
                        }
                        queue.executeBatch();
                    }
                }
                if (lastXid != null) {
                    try (PreparedStatement advance = ADVANCE.prepare(connection, position.tenant(), lastXid, lastId, position.subscription())) {
                        advance.executeUpdate();
                    }
                }
            });
        }
    }

    private record Due(UUID subscription, String tenant, String url, String secret, UUID delivery, String eventId, String body, int attempts,
                       Instant queuedAt) {
    }

    /**
     * Sends the most overdue head-of-queue delivery, if any; false when nothing is due. The subscription is leased in one short
     * transaction, the request sent outside any transaction, and the outcome recorded in another: no database transaction waits
     * on a receiver.
     */
    boolean deliverNext() {
        Optional<Due> next = QuarkusTransaction.requiringNew().call(this::leaseNext);
        if (next.isEmpty()) {
            return false;
        }
        Due due = next.get();
        Optional<String> refused = settings.destinations().refusal(due.url());
        WebhookSender.Outcome outcome = refused.isPresent()
                ? new WebhookSender.Outcome(null, 0, WebhookSender.clip("destination refused: the URL " + refused.get()), null)
                : sender.send(due.url(), due.secret(), due.eventId(), due.body());
        QuarkusTransaction.requiringNew().run(() -> record(em.unwrap(Session.class), due, outcome));
        return true;
    }

    private Optional<Due> leaseNext() {
        Session session = em.unwrap(Session.class);
        return session.doReturningWork(connection -> {
            Due due;
            try (PreparedStatement select = NEXT_DUE.prepare(connection, null); ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                due = new Due(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, UUID.class), row.getString(6), row.getString(7), row.getInt(8), row.getTimestamp(9).toInstant());
            }
            long leaseSeconds = 2 * (settings.connectTimeout().toSeconds() + settings.timeout().toSeconds()) + 30;
            try (PreparedStatement lease = LEASE.prepare(connection, due.tenant(), (double) leaseSeconds, due.subscription())) {
                lease.executeUpdate();
            }
            return Optional.of(due);
        });
    }

    private void record(Session session, Due due, WebhookSender.Outcome outcome) {
        Instant now = Instant.now();
        RetryPolicy retries = settings.retries();
        boolean givesUp = !outcome.delivered() && retries.givesUp(due.queuedAt(), now);
        String status = outcome.delivered() ? "DELIVERED" : givesUp ? "FAILED" : "PENDING";
        Instant nextAttempt = now.plus(retries.waitAfter(due.attempts() + 1));
        session.doWork(connection -> {
            try (PreparedStatement release = RELEASE.prepare(connection, due.tenant(), due.subscription())) {
                release.executeUpdate();
            }
            try (PreparedStatement update = RECORD.prepare(connection, due.tenant(), status, java.sql.Timestamp.from(nextAttempt), outcome.status(),
                    outcome.latencyMs(), outcome.error(), outcome.response(), due.delivery())) {
                update.executeUpdate();
            }
            if (givesUp) {
                String reason = "Deliveries failed for " + retries.giveUpAfter() + " (" + (due.attempts() + 1) + " attempts); the last "
                        + (outcome.status() == null ? outcome.error() : "got HTTP " + outcome.status()) + ". Re-enable when the receiver is fixed.";
                try (PreparedStatement disable = DISABLE.prepare(connection, due.tenant(), WebhookSender.clip(reason), due.subscription())) {
                    disable.executeUpdate();
                }
                LOG.warnf("Webhook subscription %s disabled: %s", due.subscription(), reason);
            }
        });
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
