package io.tandem.support.idempotency;

/** What a keyed request answered the first time, kept to answer its retries; status 0 while it still runs (a claim). */
record StoredResult(String fingerprint, int status, String location, String etag, String body, java.time.Instant storedAt) {

    static final int CLAIMED = 0;

    static StoredResult claim(String fingerprint) {
        return new StoredResult(fingerprint, CLAIMED, null, null, "", null);
    }

    boolean claimed() {
        return status == CLAIMED;
    }
}
