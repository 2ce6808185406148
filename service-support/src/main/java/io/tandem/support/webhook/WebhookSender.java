package io.tandem.support.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** One signed POST of a webhook, with short time-outs, no redirects, and only the start of the answer kept. */
final class WebhookSender {

    static final int KEPT_RESPONSE_CHARS = 300;

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    /** What an attempt got: an HTTP status (null without an answer), the time it took, an error or the answer's start. */
    record Outcome(Integer status, int latencyMs, String error, String response) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome send(String url, String secret, String eventId, String body) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tandem-Webhooks/1")
                .header(Signatures.ID_HEADER, eventId)
                .header(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(Signatures.SIGNATURE_HEADER, Signatures.sign(secret, eventId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> answer = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String start;
            try (InputStream in = answer.body()) {
                start = new String(in.readNBytes(KEPT_RESPONSE_CHARS * 4), StandardCharsets.UTF_8);
            }
            return new Outcome(answer.statusCode(), elapsed(started), null, clip(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, elapsed(started), "timed out after " + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            return new Outcome(null, elapsed(started), clip("no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), "interrupted", null);
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    static String clip(String text) {
        return text.length() <= KEPT_RESPONSE_CHARS ? text : text.substring(0, KEPT_RESPONSE_CHARS);
    }
}
