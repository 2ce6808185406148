package io.tandem.support.idempotency;

/** What a keyed request answered the first time, kept to answer its retries. */
record StoredResult(String fingerprint, int status, String location, String etag, String body) {
}
