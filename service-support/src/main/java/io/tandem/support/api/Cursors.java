package io.tandem.support.api;

import io.tandem.support.problem.ProblemException;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over time-ordered ids: a cursor is the last id of the previous page, encoded
 * so that clients treat it as opaque.
 */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** A cursor is 16 bytes in unpadded base64url: exactly this many characters of this alphabet. */
    public static final int LENGTH = 22;
    public static final String PATTERN = "[A-Za-z0-9_-]{22}";

    private Cursors() {
    }

    public static String encode(UUID lastId) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(lastId.getMostSignificantBits()).putLong(lastId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The id after which the page starts, or null for the first page. */
    public static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            if (raw.length != 16) {
                throw new IllegalArgumentException();
            }
            ByteBuffer bytes = ByteBuffer.wrap(raw);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API issued");
        }
    }

    /**
     * Builds a page from rows fetched with limit + 1 (the extra row only tells that more exist).
     */
    public static <E, V> Page<V> page(List<E> rowsPlusOne, int limit, Function<E, UUID> id, Function<E, V> view) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? encode(id.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }
}
