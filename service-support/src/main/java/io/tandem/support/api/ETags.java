package io.tandem.support.api;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;

/** Optimistic locking over HTTP: an update must name the version it was based on. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks the client's If-Match against the current entity tag; 428 when absent, 412 when stale. If-Match
     * compares strongly (RFC 9110 §13.1.1): a weak tag (W/"3") never matches, since it cannot vouch that
     * the representation is byte for byte the one the client based its change on.
     */
    public static void require(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read, so that no one's change is overwritten.");
        }
        String wanted = currentTag;
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(wanted)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it (now " + wanted + "); read it again and retry.");
    }
}
