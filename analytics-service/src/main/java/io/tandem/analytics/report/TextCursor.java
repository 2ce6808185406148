package io.tandem.analytics.report;

import io.tandem.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A report list's position, as an opaque cursor: the position's text in unpadded base64url. Plain Java. */
final class TextCursor {

    private TextCursor() {
    }

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor holds, or null for the first page; 400 for text that is no base64url. */
    static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
    }

    static ProblemException notIssued() {
        return ProblemException.invalid("cursor", "is not a cursor this API issued");
    }
}
