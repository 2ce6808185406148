package io.tandem.support.webhook;

import io.tandem.support.retry.Backoff;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: exponential back-off with jitter (base × 2^(attempts−1), capped),
 * until {@code giveUpAfter} has passed since the event was queued (24 hours in production). Then the
 * delivery fails for good and its subscription is disabled.
 */
public record RetryPolicy(Duration base, Duration max, Duration giveUpAfter) {

    public Duration waitAfter(int attempts) {
        return Backoff.after(attempts - 1, base, max);
    }

    public boolean givesUp(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(giveUpAfter));
    }
}
