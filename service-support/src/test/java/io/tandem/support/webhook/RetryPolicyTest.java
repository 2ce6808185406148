package io.tandem.support.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    /** The production settings (WebhookSettings' defaults). */
    private final RetryPolicy production = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void waitsDoubleWithJitterUpToTheCap() {
        Duration first = production.waitAfter(1);
        assertThat(first).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(12));
        assertThat(production.waitAfter(2)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(24));
        assertThat(production.waitAfter(30)).isBetween(Duration.ofHours(1), Duration.ofMinutes(72));
    }

    @Test
    void keepsTryingForTwentyFourHoursFromTheFirstQueueing() {
        Instant queued = Instant.parse("2026-11-30T00:00:00Z");
        Instant attempt = queued;
        int attempts = 0;
        while (!production.givesUp(queued, attempt)) {
            attempts++;
            attempt = attempt.plus(production.waitAfter(attempts));
        }
        assertThat(Duration.between(queued, attempt)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isBetween(25, 40);
        assertThat(production.givesUp(queued, queued.plus(Duration.ofHours(23)))).isFalse();
    }
}
