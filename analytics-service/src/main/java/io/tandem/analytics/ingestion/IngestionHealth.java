package io.tandem.analytics.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * The {@code degraded} readiness check: always UP (a lagging feed still leaves every report servable,
 * only older), with each feed's lag in seconds and {@code lagging} naming the feeds behind or failing.
 */
@Readiness
@ApplicationScoped
public class IngestionHealth implements HealthCheck {

    @Inject
    FeedCursors cursors;

    @ConfigProperty(name = "tandem.ingestion.lag-alert", defaultValue = "PT2M")
    Duration lagAlert;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("degraded").up();
        Instant now = Instant.now();
        StringBuilder lagging = new StringBuilder();
        java.util.List<FeedCursors.Status> feeds;
        try {
            feeds = cursors.status();
        } catch (RuntimeException e) {
            return check.withData("lagging", "unknown: the database is not reachable").build();
        }
        for (FeedCursors.Status status : feeds) {
            IngestionStatus.Feed feed = IngestionStatus.of(status, now, lagAlert);
            check.withData(feed.feed() + "-lag-seconds", feed.lagSeconds() == null ? -1 : feed.lagSeconds());
            if (feed.lagging()) {
                lagging.append(lagging.isEmpty() ? "" : ",").append(feed.feed());
            }
        }
        return check.withData("lagging", lagging.isEmpty() ? "none" : lagging.toString()).build();
    }
}
