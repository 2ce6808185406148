package io.tandem.support.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off for background work that calls another service: base × 2^failures, at most
 * {@code max}, plus up to 20 % jitter so that many waiting callers do not return at the same moment.
 */
public final class Backoff {

    private Backoff() {
    }

    /** How long to wait after {@code failures} failed attempts in a row (0 for the first retry after one failure's wait). */
    public static Duration after(int failures, Duration base, Duration max) {
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(failures, 0), 20));
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        return wait.plusMillis((long) (wait.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble()));
    }
}
