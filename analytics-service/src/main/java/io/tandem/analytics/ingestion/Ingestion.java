package io.tandem.analytics.ingestion;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.retry.Backoff;
import io.tandem.support.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Pulls every feed into the read model, on a schedule and on demand. Per feed, only the holder of its
 * lease pulls (one active consumer across replicas; a dead holder's lease runs out and another replica
 * takes over on its next pass). A feed that fails waits with exponential back-off, recorded on the feed so
 * every replica honours it. Before new events, the holder runs any tenant's pending rebuild of that feed.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);

    /** This replica's consumer id. */
    final String self = "analytics-" + UUID.randomUUID();

    @Inject
    FeedCursors cursors;

    @Inject
    FeedClient feeds;

    @Inject
    ServiceTokens tokens;

    @ConfigProperty(name = "tandem.ingestion.page-size", defaultValue = "500")
    int pageSize;

    @ConfigProperty(name = "tandem.ingestion.max-pages-per-pass", defaultValue = "200")
    int maxPages;

    @ConfigProperty(name = "tandem.ingestion.lease", defaultValue = "PT30S")
    Duration lease;

    @ConfigProperty(name = "tandem.ingestion.backoff-base", defaultValue = "PT2S")
    Duration backoffBase;

    @ConfigProperty(name = "tandem.ingestion.backoff-max", defaultValue = "PT5M")
    Duration backoffMax;

    /** The feeds are independent: a pass pulls them side by side. */
    private final java.util.concurrent.ExecutorService feedsAtOnce = java.util.concurrent.Executors.newFixedThreadPool(FeedSource.values().length,
            runnable -> {
                Thread thread = new Thread(runnable, "feed-ingestion");
                thread.setDaemon(true);
                return thread;
            });

    /** Fetches each feed's next page while the current one is written. */
    private final java.util.concurrent.ExecutorService prefetch = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "feed-prefetch");
        thread.setDaemon(true);
        return thread;
    });

    /** What one pass did with one feed. */
    public enum Outcome { PULLED, HELD_ELSEWHERE, WAITING, FAILED, LEASE_LOST }

    @Scheduled(every = "${tandem.ingestion.every:5s}", delayed = "${tandem.ingestion.delayed:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!tokens.available()) {
            LOG.warn("Feed ingestion waits: no service signing key (TANDEM_SERVICE_SIGNING_KEY_LOCATION).");
            return;
        }
        pass(self);
    }

    void onStop(@Observes ShutdownEvent stop) {
        feedsAtOnce.shutdownNow();
        prefetch.shutdownNow();
        try {
            cursors.release(self);
        } catch (RuntimeException e) {
            LOG.debug("Leases not released at shutdown; they run out.", e);
        }
    }

    /** One pass over every feed as consumer {@code consumer}. */
    public synchronized java.util.Map<FeedSource, Outcome> pass(String consumer) {
        java.util.Map<FeedSource, java.util.concurrent.Future<Outcome>> running = new java.util.EnumMap<>(FeedSource.class);
        for (FeedSource source : FeedSource.values()) {
            java.util.concurrent.Future<Outcome> first = source.pullsAfter() == null ? null : running.get(source.pullsAfter());
            if (source.pullsAfter() != null && first == null) {
                throw new IllegalStateException(source.key() + " waits for a feed declared after it");
            }
            running.put(source, feedsAtOnce.submit(() -> {
                awaitQuietly(first);
                return pull(source, consumer);
            }));
        }
        java.util.Map<FeedSource, Outcome> outcomes = new java.util.EnumMap<>(FeedSource.class);
        running.forEach((source, outcome) -> {
            try {
                outcomes.put(source, outcome.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("pulling " + source.key() + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return outcomes;
    }

    /** Waits for a feed this one pulls after, whatever became of it (it failing does not hold this one back). */
    private static void awaitQuietly(java.util.concurrent.Future<Outcome> first) throws InterruptedException {
        if (first != null) {
            try {
                first.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // its own outcome reports it
            }
        }
    }

    /** One pass as this replica. */
    public java.util.Map<FeedSource, Outcome> pullNow() {
        return pass(self);
    }

    private Outcome pull(FeedSource source, String consumer) {
        FeedCursors.Held held = cursors.acquire(source, consumer, lease);
        if (held == null) {
            return Outcome.HELD_ELSEWHERE;
        }
        if (!held.due()) {
            return Outcome.WAITING;
        }
        try {
            if (!rebuild(source, consumer)) {
                return Outcome.LEASE_LOST;
            }
            String cursor = held.cursor();
            java.util.concurrent.CompletableFuture<Fetched> fetching = fetch(source, cursor);
            for (int page = 0; page < maxPages; page++) {
                Fetched arrived = arrived(fetching);
                FeedApis.Page<?> next = arrived.page();
                List<? extends FeedApis.Event<?>> events = arrived.events();
                boolean caughtUp = events.size() < pageSize;
                Instant last = events.isEmpty() ? null : events.get(events.size() - 1).occurredInstant();
                String moved = next.nextCursor() == null ? cursor : next.nextCursor();
                // the next page travels while this one is written; it is dropped if this write fails or the lease is lost
                fetching = caughtUp || page + 1 == maxPages ? null : fetch(source, moved);
                if (!cursors.advance(source, consumer, lease, c -> {
                    if (arrived.gathered() != null) {
                        arrived.gathered().writeTo(c);
                        return;
                    }
                    FactWriter facts = new FactWriter(c);
                    for (FeedApis.Event<?> event : events) {
                        facts.apply(source, event);
                    }
                    facts.flush();
                }, moved, events.size(), last, caughtUp)) {
                    return Outcome.LEASE_LOST;
                }
                cursor = moved;
                if (caughtUp) {
                    break;
                }
            }
            return Outcome.PULLED;
        } catch (RuntimeException e) {
            Duration wait = Backoff.after(held.failures(), backoffBase, backoffMax);
            LOG.warnf("Feed %s failed (%s); next try in %s.", source.key(), e.toString(), wait);
            cursors.failed(source, consumer, e.toString(), Instant.now().plus(wait));
            return Outcome.FAILED;
        }
    }

    /** A page as fetched; for a feed that gathers ahead, its rows gathered too. */
    private record Fetched(FeedApis.Page<?> page, FactWriter gathered) {
        List<? extends FeedApis.Event<?>> events() {
            return page.events() == null ? List.of() : page.events();
        }
    }

    /** The next page, fetched (and its rows gathered when the feed allows) on another thread while the current one is written. */
    private java.util.concurrent.CompletableFuture<Fetched> fetch(FeedSource source, String after) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Fetched fetched = new Fetched(feeds.read(source, after, pageSize), null);
            return FactWriter.gathersAhead(source) ? new Fetched(fetched.page(), FactWriter.gathered(source, fetched.events())) : fetched;
        }, prefetch);
    }

    private static <T> T arrived(java.util.concurrent.CompletableFuture<T> fetching) {
        try {
            return fetching.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * A tenant's rebuild of this feed: its facts from this feed deleted, then every event of the feed
     * replayed from zero, applying only that tenant's. The main cursor then carries on as before.
     */
    private boolean rebuild(FeedSource source, String consumer) {
        for (FeedCursors.Rebuild rebuild : cursors.pendingRebuilds(source)) {
            String tenant = rebuild.tenant();
            if (!rebuild.started() && !cursors.rebuildStep(source, consumer, tenant, c -> {
                for (String table : source.tables()) {
                    try (PreparedStatement delete = TenantSql.of("delete from " + table + " where tenant_id = :tenant").prepare(c, tenant)) {
                        delete.executeUpdate();
                    }
                }
                for (String reset : source.resets()) {
                    try (PreparedStatement undo = TenantSql.of(reset).prepare(c, tenant)) {
                        undo.executeUpdate();
                    }
                }
            }, null, false)) {
                return false;
            }
            String cursor = rebuild.started() ? rebuild.cursor() : null;
            boolean finished = false;
            while (!finished) {
                FeedApis.Page<?> next = feeds.read(source, cursor, pageSize);
                List<? extends FeedApis.Event<?>> events = next.events() == null ? List.of() : next.events();
                finished = events.size() < pageSize;
                String moved = next.nextCursor() == null ? cursor : next.nextCursor();
                if (!cursors.rebuildStep(source, consumer, tenant, c -> {
                    FactWriter facts = new FactWriter(c);
                    for (FeedApis.Event<?> event : events) {
                        if (tenant.equals(event.tenant())) {
                            facts.apply(source, event);
                        }
                    }
                    facts.flush();
                }, moved, finished)) {
                    return false;
                }
                cursor = moved;
            }
        }
        return true;
    }
}
