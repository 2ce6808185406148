package io.tandem.support.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts requests per key in fixed windows (e.g. one minute): up to the key's limit are allowed in
 * a window, the rest are refused until the next window starts. Plain Java, one instance per process;
 * keys of windows that ended are forgotten, so memory follows the number of active callers.
 */
public final class FixedWindowLimiter {

    /** The outcome for one request, with what the RateLimit headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new LinkedHashMap<>();

    private static final class Window {
        final long start;
        int used;

        Window(long start) {
            this.start = start;
        }
    }

    public FixedWindowLimiter(long windowMillis, LongSupplier clock) {
        if (windowMillis < 1) {
            throw new IllegalArgumentException("the window must be positive");
        }
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    public synchronized Decision acquire(String key, int limit) {
        long now = clock.getAsLong();
        long start = now - Math.floorMod(now, windowMillis);
        forgetEndedWindows(start);
        Window window = windows.get(key);
        if (window == null || window.start != start) {
            window = new Window(start);
            windows.remove(key);
            windows.put(key, window);
        }
        long reset = Math.max(1, (start + windowMillis - now + 999) / 1000);
        if (window.used >= limit) {
            return new Decision(false, limit, 0, reset);
        }
        window.used++;
        return new Decision(true, limit, limit - window.used, reset);
    }

    /** Windows are kept in the order they started; those before the current one are dropped. */
    private void forgetEndedWindows(long currentStart) {
        var entries = windows.values().iterator();
        while (entries.hasNext()) {
            if (entries.next().start >= currentStart) {
                break;
            }
            entries.remove();
        }
    }

    synchronized int trackedKeys() {
        return windows.size();
    }
}
