package io.tandem.support.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class FixedWindowLimiterTest {

    private final AtomicLong now = new AtomicLong(120_000);
    private final FixedWindowLimiter limiter = new FixedWindowLimiter(60_000, now::get);

    @Test
    void allowsTheLimitPerWindowThenRefusesUntilTheNextWindow() {
        assertThat(limiter.acquire("a", 3).remaining()).isEqualTo(2);
        assertThat(limiter.acquire("a", 3).remaining()).isEqualTo(1);
        assertThat(limiter.acquire("a", 3).remaining()).isZero();
        now.addAndGet(15_000);
        FixedWindowLimiter.Decision refused = limiter.acquire("a", 3);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetSeconds()).isEqualTo(45);
        now.addAndGet(45_000);
        assertThat(limiter.acquire("a", 3).allowed()).isTrue();
    }

    @Test
    void countsEachKeyApartAndForgetsEndedWindows() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a", 3);
        }
        assertThat(limiter.acquire("b", 3).allowed()).isTrue();
        assertThat(limiter.acquire("a", 3).allowed()).isFalse();
        now.addAndGet(60_000);
        limiter.acquire("c", 3);
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void resetIsNeverZeroSeconds() {
        now.set(179_999);
        assertThat(limiter.acquire("a", 3).resetSeconds()).isEqualTo(1);
    }
}
