package io.tandem.support.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit sequence, then random bits.
 * Ids sort by creation time, so keyset pagination on the id lists things in the order they were
 * made. Within one millisecond the sequence counts up from a random start (RFC 9562, method 1), so
 * ids made by this process are strictly increasing; on overflow the timestamp moves on by 1 ms.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SEQUENCE_MAX = 0xFFF;

    private static long lastMillis = -1;
    private static int sequence;

    private TimeOrderedIds() {
    }

    public static UUID next() {
        long millis;
        int seq;
        synchronized (TimeOrderedIds.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                sequence = RANDOM.nextInt(SEQUENCE_MAX / 2);
            } else if (++sequence > SEQUENCE_MAX) {
                lastMillis++;
                sequence = 0;
            }
            millis = lastMillis;
            seq = sequence;
        }
        long high = (millis << 16) | 0x7000L | seq;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
