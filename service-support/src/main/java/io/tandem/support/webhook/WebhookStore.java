package io.tandem.support.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.persistence.TimeOrderedIds;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.webhook.WebhookViews.DeliveryView;
import io.tandem.support.webhook.WebhookViews.SubscriptionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A tenant's webhook subscriptions and their delivery log (tables webhook_subscription, webhook_delivery). */
@ApplicationScoped
class WebhookStore {

    static final int MAX_REDELIVERIES = 10_000;
    private static final String SUBSCRIPTION_COLUMNS =
            "id, url, description, event_types, status, disabled_reason, disabled_at, created_at";
    private static final String DELIVERY_COLUMNS = "id, event_id, event_type, status, attempts, created_at, last_attempt_at, "
            + "next_attempt_at, last_status_code, last_latency_ms, last_error, last_response";

    private static final TenantSql CREATE = TenantSql.of("""
            insert into webhook_subscription (id, tenant_id, created_by, url, description, event_types, secret, status, after_xid, after_id)
            values (?, :tenant, ?, ?, ?, ?, ?, 'ACTIVE', pg_snapshot_xmin(pg_current_snapshot()), 0)""");
    private static final TenantSql LIST = TenantSql.of("select " + SUBSCRIPTION_COLUMNS + """
             from webhook_subscription where tenant_id = :tenant and (cast(? as uuid) is null or id > cast(? as uuid))
            order by id limit ?""");
    private static final TenantSql GET = TenantSql.of("select " + SUBSCRIPTION_COLUMNS
            + " from webhook_subscription where tenant_id = :tenant and id = ?");
    private static final TenantSql DELETE = TenantSql.of("delete from webhook_subscription where tenant_id = :tenant and id = ?");
    private static final TenantSql ENABLE = TenantSql.of("""
            update webhook_subscription set status = 'ACTIVE', disabled_reason = null, disabled_at = null
            where tenant_id = :tenant and id = ?""");
    private static final TenantSql ENQUEUE = TenantSql.of("""
            insert into webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, body, status)
            values (?, :tenant, ?, ?, ?, ?, 'PENDING')""");
    private static final TenantSql DELIVERIES = TenantSql.of("select " + DELIVERY_COLUMNS + """
             from webhook_delivery where tenant_id = :tenant and subscription_id = ? and (cast(? as text) is null or status = ?)
              and (cast(? as uuid) is null or id > cast(? as uuid))
            order by id limit ?""");
    private static final TenantSql DELIVERY = TenantSql.of("select " + DELIVERY_COLUMNS
            + " from webhook_delivery where tenant_id = :tenant and id = ?");
    private static final TenantSql ONE_DELIVERY = TenantSql.of("""
            select event_id, event_type, body from webhook_delivery where tenant_id = :tenant and subscription_id = ? and id = ?""");
    private static final TenantSql DELIVERIES_BETWEEN = TenantSql.of("""
            select distinct on (event_id) event_id, event_type, body from webhook_delivery
            where tenant_id = :tenant and subscription_id = ? and created_at >= ? and created_at < ?
            order by event_id, seq limit ?""");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    SubscriptionView create(String tenant, String createdBy, String url, String description, List<String> eventTypes, String secret) {
        UUID id = TimeOrderedIds.next();
        work(connection -> {
            try (PreparedStatement insert = CREATE.prepare(connection, tenant, id, createdBy, url, description,
                    new TenantSql.SqlArray("varchar", eventTypes.toArray()), secret)) {
                insert.executeUpdate();
            }
            return null;
        });
        return get(tenant, id).orElseThrow().withSecret(secret);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Page<SubscriptionView> list(String tenant, String cursor, int limit) {
        UUID after = Cursors.decode(cursor);
        List<SubscriptionView> rows = work(connection -> {
            try (PreparedStatement select = LIST.prepare(connection, tenant, after, after, limit + 1); ResultSet row = select.executeQuery()) {
                List<SubscriptionView> found = new ArrayList<>();
                while (row.next()) {
                    found.add(subscription(row));
                }
                return found;
            }
        });
        return Cursors.page(rows, limit, SubscriptionView::id, view -> view);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<SubscriptionView> get(String tenant, UUID id) {
        return work(connection -> {
            try (PreparedStatement select = GET.prepare(connection, tenant, id); ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(subscription(row)) : Optional.empty();
            }
        });
    }

    SubscriptionView require(String tenant, UUID id) {
        return get(tenant, id).orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    boolean delete(String tenant, UUID id) {
        return update(DELETE, tenant, id) == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    SubscriptionView enable(String tenant, UUID id) {
        require(tenant, id);
        update(ENABLE, tenant, id);
        return require(tenant, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    DeliveryView ping(String tenant, UUID subscriptionId) {
        require(tenant, subscriptionId);
        String eventId = "evt_ping_" + UUID.randomUUID();
        UUID id = enqueue(tenant, subscriptionId, eventId, "ping",
                Envelopes.body(json, eventId, "ping", Instant.now(), json.createObjectNode().put("subscriptionId", subscriptionId.toString())));
        return work(connection -> {
            try (PreparedStatement select = DELIVERY.prepare(connection, tenant, id); ResultSet row = select.executeQuery()) {
                row.next();
                return delivery(row);
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Page<DeliveryView> deliveries(String tenant, UUID subscriptionId, String status, String cursor, int limit) {
        require(tenant, subscriptionId);
        UUID after = Cursors.decode(cursor);
        String state = status == null ? null : status.toUpperCase(Locale.ROOT);
        List<DeliveryView> rows = work(connection -> {
            try (PreparedStatement select = DELIVERIES.prepare(connection, tenant, subscriptionId, state, state, after, after, limit + 1);
                 ResultSet row = select.executeQuery()) {
                List<DeliveryView> found = new ArrayList<>();
                while (row.next()) {
                    found.add(delivery(row));
                }
                return found;
            }
        });
        return Cursors.page(rows, limit, DeliveryView::id, view -> view);
    }

    /** Queues one earlier delivery again, or every event first queued in [from, to); the event ids stay the same. */
    @Transactional(Transactional.TxType.MANDATORY)
    int redeliver(String tenant, UUID subscriptionId, UUID deliveryId, Instant from, Instant to) {
        require(tenant, subscriptionId);
        List<String[]> events = work(connection -> {
            try (PreparedStatement select = deliveryId != null
                    ? ONE_DELIVERY.prepare(connection, tenant, subscriptionId, deliveryId)
                    : DELIVERIES_BETWEEN.prepare(connection, tenant, subscriptionId, Timestamp.from(from), Timestamp.from(to), MAX_REDELIVERIES);
                 ResultSet row = select.executeQuery()) {
                List<String[]> found = new ArrayList<>();
                while (row.next()) {
                    found.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
                return found;
            }
        });
        if (deliveryId != null && events.isEmpty()) {
            throw ProblemException.notFound("webhook delivery", deliveryId);
        }
        events.forEach(event -> enqueue(tenant, subscriptionId, event[0], event[1], event[2]));
        return events.size();
    }

    private UUID enqueue(String tenant, UUID subscriptionId, String eventId, String type, String body) {
        UUID id = TimeOrderedIds.next();
        work(connection -> {
            try (PreparedStatement insert = ENQUEUE.prepare(connection, tenant, id, subscriptionId, eventId, type, body)) {
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    private int update(TenantSql sql, String tenant, Object... values) {
        return work(connection -> {
            try (PreparedStatement statement = sql.prepare(connection, tenant, values)) {
                return statement.executeUpdate();
            }
        });
    }

    private static SubscriptionView subscription(ResultSet row) throws SQLException {
        return new SubscriptionView(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                Arrays.asList((String[]) row.getArray(4).getArray()), row.getString(5).toLowerCase(Locale.ROOT), row.getString(6),
                instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), null);
    }

    private static DeliveryView delivery(ResultSet row) throws SQLException {
        String status = row.getString(4);
        return new DeliveryView(row.getObject(1, UUID.class), row.getString(2), row.getString(3), status.toLowerCase(Locale.ROOT),
                row.getInt(5), instant(row.getTimestamp(6)), instant(row.getTimestamp(7)),
                status.equals("PENDING") ? instant(row.getTimestamp(8)) : null, (Integer) row.getObject(9), (Integer) row.getObject(10),
                row.getString(11), row.getString(12));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private <T> T work(SqlWork<T> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
