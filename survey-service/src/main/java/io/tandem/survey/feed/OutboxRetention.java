package io.tandem.survey.feed;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Feeds keep a window of events ({@code tandem.feed.retention-days}, default 400: a year of
 * programme plus a quarter for a late reader); older events are deleted in batches. A consumer
 * that reads at least once within the window never misses an event; a rebuild from the start sees
 * only the window. One replica deletes at a time (transaction-scoped advisory lock), the others
 * skip that round.
 */
@ApplicationScoped
public class OutboxRetention {

    /** Feed retention settings. */
    @ConfigMapping(prefix = "tandem.feed")
    public interface Config {

        @WithDefault("400")
        int retentionDays();

        @WithDefault("5000")
        int deleteBatch();

        /** How often expired events are looked for (read by the schedule). */
        @WithDefault("1h")
        String retentionCheck();

        /** How long after start-up the first look happens. */
        @WithDefault("5m")
        String retentionDelay();
    }

    private static final long LOCK_KEY = 0x7461_6e64_656d_0001L;

    @Inject
    EntityManager em;

    @Inject
    Config config;

    @Scheduled(every = "${tandem.feed.retention-check:1h}", delayed = "${tandem.feed.retention-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (deleteExpiredBatch() == config.deleteBatch()) {
            // a full batch: more may be due
        }
    }

    /** Deletes one batch of events older than the window, in every tenant; returns how many. */
    @Transactional
    public int deleteExpiredBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        return em.createNativeQuery("delete from outbox_event where id in (select id from outbox_event "
                        + "where created_at < now() - make_interval(days => ?1) order by id limit ?2)")
                .setParameter(1, config.retentionDays()).setParameter(2, config.deleteBatch()).executeUpdate();
    }
}
