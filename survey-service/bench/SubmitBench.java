import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for survey-service (single-file program: java SubmitBench.java BASE_URL ADMIN_TOKEN SERVICE_TOKEN).
 * Publishes a 30-item instrument, bulk-assigns it, then 16 clients submit and score responses over
 * HTTP; finally times the batched latest-scores query for 10,000 people.
 */
public class SubmitBench {

    static final int ITEMS = 30;
    static final int CLIENTS = Integer.getInteger("clients", 16);
    static final int WARMUP = Integer.getInteger("warmup", 4_000);
    static final int MEASURED = Integer.getInteger("measured", 20_000);
    static final int QUERY_PEOPLE = 10_000;

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = args[1];
        String service = args[2];
        String key = "bench-" + System.currentTimeMillis();
        String created = send("POST", "/api/v1/instruments", admin, instrument(key), null, 201);
        String instrumentId = field(created, "id");
        send("POST", "/api/v1/instruments/" + instrumentId + "/publish", admin, null, null, 200);

        int total = WARMUP + MEASURED;
        List<String> assignments = new ArrayList<>(total);
        long assignStart = System.nanoTime();
        for (int from = 0; from < total; from += 5_000) {
            StringBuilder bulk = new StringBuilder("[");
            for (int i = from; i < Math.min(total, from + 5_000); i++) {
                bulk.append(i == from ? "" : ",").append("{\"respondentId\":\"person-").append(i)
                        .append("\",\"instrumentKey\":\"").append(key).append("\",\"wave\":\"baseline\"}");
            }
            String report = send("POST", "/api/v1/assignments/bulk", admin, bulk.append(']').toString(), null, 200);
            Matcher m = Pattern.compile("\"assignment\":\\{\"id\":\"([0-9a-f-]{36})\"").matcher(report);
            while (m.find()) {
                assignments.add(m.group(1));
            }
        }
        System.out.printf("bulk-assigned %d in %.1f s (5,000 per call)%n", assignments.size(), (System.nanoTime() - assignStart) / 1e9);

        run(assignments.subList(0, WARMUP), admin, "warm-up");
        long[] latencies = run(assignments.subList(WARMUP, total), admin, "measured");
        Arrays.sort(latencies);

        StringBuilder people = new StringBuilder();
        for (int i = 0; i < QUERY_PEOPLE; i++) {
            people.append(i == 0 ? "" : ",").append("\"person-").append(i).append('"');
        }
        String query = "{\"instrumentKey\":\"" + key + "\",\"personIds\":[" + people + "]}";
        long[] queryMs = new long[20];
        String answer = null;
        for (int i = 0; i < 3; i++) {
            send("POST", "/api/v1/scores/query", service, query, null, 200);
        }
        for (int i = 0; i < queryMs.length; i++) {
            long start = System.nanoTime();
            answer = send("POST", "/api/v1/scores/query", service, query, null, 200);
            queryMs[i] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.println("scores query runs (ms, in order): " + Arrays.toString(queryMs));
        Arrays.sort(queryMs);
        int found = answer.split("\"personId\"").length - 1;
        System.out.printf("scores query: %d people asked, %d with scores, 6 scores each; median %d ms, max %d ms over %d runs%n",
                QUERY_PEOPLE, found, queryMs[queryMs.length / 2], queryMs[queryMs.length - 1], queryMs.length);
    }

    static long[] run(List<String> assignments, String token, String label) throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(assignments);
        long[] latencies = new long[assignments.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            new Thread(() -> {
                try (RawHttp connection = new RawHttp(URI.create(base))) {
                    String id;
                    while ((id = queue.poll()) != null) {
                        long t0 = System.nanoTime();
                        int status = connection.post("/api/v1/assignments/" + id + "/response/submit", token, answers(random), "k-" + id);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                        latencies[next.getAndIncrement()] = System.nanoTime() - t0;
                    }
                } catch (java.io.IOException e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
                done.countDown();
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d submits by %d clients in %.2f s = %.0f submits/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; failures %d%n",
                label, assignments.size(), CLIENTS, seconds, assignments.size() / seconds, pct(sorted, 0.50), pct(sorted, 0.95),
                pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6, failures.get());
        return sorted;
    }

    /**
     * A minimal keep-alive HTTP/1.1 client for the measured loop: java.net.http costs about as much
     * CPU per request as the service itself, and client and service share this machine's 2 cores.
     */
    static final class RawHttp implements AutoCloseable {
        private final java.net.Socket socket;
        private final java.io.OutputStream out;
        private final java.io.InputStream in;
        private final String host;

        RawHttp(URI base) throws java.io.IOException {
            socket = new java.net.Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16_384);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
            host = base.getHost() + ":" + base.getPort();
        }

        int post(String path, String token, String body, String idempotencyKey) throws java.io.IOException {
            byte[] payload = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + idempotencyKey
                    + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
            out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            String status = line();
            int contentLength = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    in.readNBytes(size);
                    line();
                }
                line();
            } else if (contentLength > 0) {
                in.readNBytes(contentLength);
            }
            return Integer.parseInt(status.split(" ")[1]);
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String answers(Random random) {
        StringBuilder json = new StringBuilder("{\"answers\":{");
        int leaning = 1 + random.nextInt(7);
        for (int i = 1; i <= ITEMS; i++) {
            int value = Math.max(1, Math.min(7, leaning + random.nextInt(3) - 1));
            json.append(i == 1 ? "" : ",").append("\"i").append(i).append("\":").append(value);
        }
        return json.append("}}").toString();
    }

    static String instrument(String key) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= ITEMS; i++) {
            items.append(i == 1 ? "" : ",").append("{\"linkId\":\"i").append(i).append("\",\"type\":\"likert\",\"required\":true,")
                    .append("\"min\":1,\"max\":7,\"text\":{\"en\":\"Statement ").append(i).append("\"}}");
        }
        StringBuilder scales = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            scales.append(s == 0 ? "" : ",").append("{\"key\":\"scale-").append(s + 1).append("\",\"items\":[");
            for (int i = 1; i <= 6; i++) {
                scales.append(i == 1 ? "" : ",").append("\"i").append(s * 6 + i).append('"');
            }
            scales.append("],\"reversed\":[\"i").append(s * 6 + 6).append("\"]}");
        }
        return "{\"key\":\"" + key + "\",\"defaultLocale\":\"en\",\"title\":{\"en\":\"Benchmark\"},\"definition\":{\"items\":["
                + items + "],\"scales\":[" + scales + "],\"indices\":[{\"key\":\"orientation\",\"kind\":\"difference\","
                + "\"operands\":[\"scale-1\",\"scale-2\"],\"bands\":[{\"label\":\"low\",\"to\":0},{\"label\":\"high\",\"from\":0}]}]}}";
    }

    static String send(String method, String path, String token, String body, String idempotencyKey, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
