import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * analytics-service at scale (single-file program, run by ingest-bench.sh). Serves a synthetic tenant's
 * feeds in the services' page format from a small HTTP server of its own - 20,000 relationships, 6 waves,
 * 5 instruments per wave (3 for the mentee, 2 for the mentor): 600,000 assignments and as many scored
 * responses of 3 scales each, plus participants, proposals and relationship events - starts the packaged
 * service against them, times the full ingestion, then every report (p95 over 20 calls) and the research
 * export (rows per second) with the service's heap capped.
 *
 *   java IngestBench.java SERVICE_JAR HTTP_PORT FEED_PORT ADMIN_TOKEN RESEARCHER_TOKEN LOG_DIR [ENV=VALUE...]
 */
public class IngestBench {

    static final int RELATIONSHIPS = Integer.getInteger("relationships", 20_000);
    static final int MENTORS = RELATIONSHIPS / 2;
    static final int WAVES = 6;
    static final String[] MENTEE_INSTRUMENTS = {"relationship-quality", "personal-identification", "mentoring-behaviours"};
    static final String[] MENTOR_INSTRUMENTS = {"relationship-quality", "personal-identification"};
    static final int PER_WAVE = MENTEE_INSTRUMENTS.length + MENTOR_INSTRUMENTS.length;
    static final String TENANT = System.getProperty("tenant", "bench");
    static final UUID PROGRAMME = UUID.nameUUIDFromBytes("bench-programme".getBytes());
    static final LocalDate START = LocalDate.now().minusWeeks(30);
    static final int RELATIONSHIP_EVENTS = 7;
    static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int httpPort = Integer.parseInt(args[1]);
        int feedPort = Integer.parseInt(args[2]);
        String admin = args[3];
        String researcher = args[4];
        Path logs = Path.of(args[5]);
        HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", feedPort), 64);
        feeds.createContext("/api/v1/feeds/", IngestBench::page);
        feeds.setExecutor(Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "feed-stub");
            thread.setDaemon(true); // the benchmark ends when main does
            return thread;
        }));
        feeds.start();
        long total = expectedEvents();
        System.out.printf("synthetic tenant: %,d relationships, %,d waves, %,d assignments, %,d scored responses (%,d score rows), %,d events in all%n",
                RELATIONSHIPS, WAVES, (long) RELATIONSHIPS * WAVES * PER_WAVE, (long) RELATIONSHIPS * WAVES * PER_WAVE,
                3L * RELATIONSHIPS * WAVES * PER_WAVE, total);

        // The serial collector is what the JVM picks in the shipped deployment (deploy/kubernetes: a 768 Mi limit is below the
        // 1,792 MB that makes a "server-class" machine) and what deploy/local/run.sh gives analytics-service: on a 256 MB heap and
        // two cores G1's concurrent work cost the service more CPU than the ingestion itself.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("serviceHeap", "-Xmx256m"), System.getProperty("serviceGc", "-XX:+UseSerialGC"), "-jar", jar));
        ProcessBuilder service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve("analytics-bench.log").toFile());
        for (int i = 6; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            service.environment().put(kv[0], kv[1]);
        }
        service.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        service.environment().put("TANDEM_SURVEY_URL", "http://127.0.0.1:" + feedPort);
        service.environment().put("TANDEM_MATCHING_URL", "http://127.0.0.1:" + feedPort);
        // Ingestion on demand (POST /ingestion/pull, one pass over every feed) from the moment the service is ready: the clock then
        // holds the ingestion and nothing else (a scheduled pass would start up to its initial delay later, or before ready).
        service.environment().put("TANDEM_INGESTION_EVERY", "off");
        long started = System.nanoTime();
        Process process = service.start();
        try {
            String base = "http://127.0.0.1:" + httpPort;
            waitReady(base, process);
            long ready = System.nanoTime();
            long expected = expectedEvents();
            while (true) {
                post(base + "/api/v1/ingestion/pull", admin);
                String status = get(base + "/api/v1/ingestion/status", admin);
                long applied = sum(status, "\"eventsApplied\":");
                if (applied >= expected && !status.contains("\"lagging\":true")) {
                    break;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service stopped; see " + logs.resolve("analytics-bench.log"));
                }
                Thread.sleep(250); // a pass that did not finish (a feed backing off): the service's log says why; ask again shortly
            }
            double seconds = (System.nanoTime() - ready) / 1e9;
            System.out.printf("ingestion: %,d events in %.1f s from service ready (%.1f s from process start): %,.0f events/s%n", expected,
                    seconds, (System.nanoTime() - started) / 1e9, expected / seconds);

            String p = "/api/v1/programmes/" + PROGRAMME;
            Map<String, String> reports = new java.util.LinkedHashMap<>();
            reports.put("overview", p + "/reports/overview");
            reports.put("health (month)", p + "/reports/health?interval=month");
            reports.put("health (week)", p + "/reports/health?interval=week");
            reports.put("at-risk", p + "/reports/at-risk");
            reports.put("mentors", p + "/reports/mentors?attribute=gender");
            reports.put("completion", p + "/reports/completion");
            reports.put("chart overview.svg", p + "/charts/overview.svg");
            reports.put("chart health.svg", p + "/charts/health.svg");
            reports.put("chart quality.svg", p + "/charts/quality.svg");
            reports.put("report.html", p + "/report.html");
            // p95 of a warm service: a fresh JVM compiles a report's code over its first calls (the at-risk report's first ten take
            // 0.8-0.9 s, then 0.35 s), so each report is called ten times first; the very first call's time is shown as "cold"
            for (Map.Entry<String, String> report : reports.entrySet()) {
                long cold = System.nanoTime();
                get(base + report.getValue(), admin);
                cold = System.nanoTime() - cold;
                for (int i = 1; i < WARM_UP; i++) {
                    get(base + report.getValue(), admin);
                }
                long[] times = new long[20];
                for (int i = 0; i < times.length; i++) {
                    long t0 = System.nanoTime();
                    get(base + report.getValue(), admin);
                    times[i] = System.nanoTime() - t0;
                }
                Arrays.sort(times);
                System.out.printf("report %-20s p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms  (cold first call %5.0f ms)%n", report.getKey(),
                        times[9] / 1e6, times[18] / 1e6, times[19] / 1e6, cold / 1e6);
            }

            String q = p + "/research";
            Map<String, Integer> research = new java.util.LinkedHashMap<>();
            research.put(q + "/outcomes-by-motives", 20);
            research.put(q + "/reciprocal-benefits", 20);
            research.put(q + "/motive-change", 20);
            research.put(q + "/matching-factors", 20);
            research.put(q + "/mediation?mediatorWave=closing&resamples=5000", 5);
            research.put(q + "/identification?outcome=projection&qualityInstrument=relationship-quality", 5);
            research.put(q + "/identification", 5);
            for (Map.Entry<String, Integer> report : research.entrySet()) {
                get(base + report.getKey(), admin);
                long[] times = new long[report.getValue()];
                for (int i = 0; i < times.length; i++) {
                    long t0 = System.nanoTime();
                    get(base + report.getKey(), admin);
                    times[i] = System.nanoTime() - t0;
                }
                Arrays.sort(times);
                System.out.printf("research %-75s p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms (%d calls)%n", report.getKey().substring(q.length()),
                        times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6, times[times.length - 1] / 1e6,
                        times.length);
            }

            for (int run = 0; run < 2; run++) {
                long t0 = System.nanoTime();
                HttpResponse<InputStream> csv = HTTP.send(HttpRequest.newBuilder(URI.create(base + p + "/exports/research.csv"))
                        .header("Authorization", "Bearer " + researcher).build(), HttpResponse.BodyHandlers.ofInputStream());
                long rows = 0;
                long bytes = 0;
                byte[] buffer = new byte[1 << 16];
                try (InputStream in = csv.body()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        bytes += n;
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                rows++;
                            }
                        }
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("export research.csv (run %d): status %d, %,d rows, %.1f MB in %.2f s: %,.0f rows/s%n", run + 1, csv.statusCode(),
                        rows - 1, bytes / 1e6, s, (rows - 1) / s);
            }
            String metrics = get(base + "/q/metrics", null);
            System.out.printf("service heap: max %s, used now %.0f MB; it ran every step above within that cap%n",
                    System.getProperty("serviceHeap", "-Xmx256m"), heapUsed(metrics) / 1e6);
        } finally {
            process.destroy();
            feeds.stop(0);
        }
    }

    static long proposals() {
        return 2L * RELATIONSHIPS + RELATIONSHIPS / 4;
    }

    static long expectedEvents() {
        long participants = MENTORS + RELATIONSHIPS;
        return participants + proposals() + (long) RELATIONSHIPS * RELATIONSHIP_EVENTS + 2L * RELATIONSHIPS * WAVES * PER_WAVE;
    }

    // --- the synthetic feeds -----------------------------------------------------------------------

    static void page(HttpExchange exchange) throws IOException {
        String feed = exchange.getRequestURI().getPath().substring("/api/v1/feeds/".length());
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        long after = query.getOrDefault("after", "").isEmpty() ? 0 : Long.parseLong(query.get("after"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        long size = switch (feed) {
            case "participants" -> MENTORS + RELATIONSHIPS;
            case "proposals" -> proposals();
            case "relationships" -> (long) RELATIONSHIPS * RELATIONSHIP_EVENTS;
            case "assignments", "scored-responses" -> (long) RELATIONSHIPS * WAVES * PER_WAVE;
            case "person-erasures" -> 0; // both services' erasure feeds: nobody is erased in the benchmark
            default -> -1;
        };
        if (size < 0) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        StringBuilder body = new StringBuilder(limit * 600).append("{\"events\":[");
        long end = Math.min(size, after + limit);
        for (long i = after; i < end; i++) {
            if (i > after) {
                body.append(',');
            }
            event(body, feed, i);
        }
        body.append("],\"nextCursor\":\"").append(end).append("\"}");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void event(StringBuilder b, String feed, long i) {
        switch (feed) {
            case "participants" -> {
                boolean mentor = i < MENTORS;
                String person = mentor ? "m" + i : "e" + (i - MENTORS);
                head(b, i, "participant", START.minusWeeks(4));
                b.append("\"change\":\"enrolled\",\"participantId\":\"").append(uuid("participant", i)).append("\",\"programmeId\":\"")
                        .append(PROGRAMME).append("\",\"personId\":\"").append(person).append("\",\"role\":\"").append(mentor ? "mentor" : "mentee")
                        .append("\",\"status\":\"active\",\"diversity\":{\"gender\":\"").append(new String[] {"f", "m", "x"}[(int) (i % 3)])
                        .append("\"},\"hasManager\":false,\"researchConsent\":true}}");
            }
            case "proposals" -> {
                long r = i % RELATIONSHIPS;
                int round = (int) (i / RELATIONSHIPS);
                boolean declined = round == 2;
                String mentor = "m" + (declined ? (r + 1) % MENTORS : r % MENTORS);
                head(b, i, "proposal", START.minusWeeks(2 - Math.min(round, 1)));
                b.append("\"change\":\"").append(round == 0 ? "published" : "decided").append("\",\"proposalId\":\"")
                        .append(uuid(declined ? "declined" : "proposal", r)).append("\",\"runId\":\"").append(uuid("run", 0))
                        .append("\",\"programmeId\":\"").append(PROGRAMME).append("\",\"mentorId\":\"").append(mentor).append("\",\"menteeId\":\"e")
                        .append(r).append("\",\"status\":\"").append(round == 0 ? "published" : declined ? "declined" : "accepted")
                        .append("\",\"mentorDecision\":").append(round == 0 ? "null" : declined ? "\"decline\"" : "\"accept\"")
                        .append(",\"menteeDecision\":").append(round == 1 ? "\"accept\"" : "null").append(",\"score\":80,\"recommendationRank\":null,")
                        .append("\"factors\":[{\"factor\":\"goal-fit\",\"score\":").append(r * 37 % 1001).append(",\"weight\":40,\"noData\":false},")
                        .append("{\"factor\":\"logistics\",\"score\":").append(r * 91 % 1001).append(",\"weight\":20,\"noData\":false}]}}");
            }
            case "relationships" -> {
                long r = i / RELATIONSHIP_EVENTS;
                int step = (int) (i % RELATIONSHIP_EVENTS);
                String[] changes = {"started", "agreement-changed", "phase-changed", "goal-changed", "meeting-logged", "meeting-logged",
                        "meeting-logged"};
                LocalDate day = START.plusDays(step * 14L + r % 7);
                head(b, i, "relationship", day);
                b.append("\"change\":\"").append(changes[step]).append("\",\"relationshipId\":\"").append(uuid("relationship", r))
                        .append("\",\"programmeId\":\"").append(PROGRAMME).append("\",\"mentorId\":\"m").append(r % MENTORS)
                        .append("\",\"menteeId\":\"e").append(r).append("\",\"origin\":\"proposal\",\"phase\":\"")
                        .append(step >= 2 ? "cultivation" : "initiation").append("\",\"startedOn\":\"").append(START.plusDays(r % 7))
                        .append("\",\"plannedEndOn\":\"").append(START.plusMonths(9)).append("\",\"endedOn\":null,\"endedEarly\":false,")
                        .append("\"endReason\":null,\"continuesAsPeers\":null,\"agreementConfirmed\":").append(step >= 1 && r % 10 != 0)
                        .append(",\"goal\":");
                if (step == 3) {
                    b.append("{\"id\":\"").append(uuid("goal", r)).append("\",\"owner\":\"mentee\",\"status\":\"open\",\"targetOn\":\"")
                            .append(START.plusMonths(6)).append("\"}");
                } else {
                    b.append("null");
                }
                b.append(",\"meeting\":");
                if (step >= 4 && !(r % 13 == 0 && step == 6)) {
                    b.append("{\"id\":\"").append(uuid("meeting" + step, r)).append("\",\"heldOn\":\"").append(day)
                            .append("\",\"durationMinutes\":45,\"channel\":\"video\"}");
                } else {
                    b.append("null");
                }
                b.append("}}");
            }
            case "assignments", "scored-responses" -> {
                long r = i / (WAVES * PER_WAVE);
                int wave = (int) (i / PER_WAVE % WAVES);
                int k = (int) (i % PER_WAVE);
                boolean mentee = k < MENTEE_INSTRUMENTS.length;
                String instrument = instrumentAt(k, wave);
                String person = mentee ? "e" + r : "m" + (r % MENTORS);
                String waveName = wave == 0 ? "baseline" : wave == WAVES - 1 ? "closing" : "check-in-" + wave;
                LocalDate opens = START.plusWeeks(wave * 5L);
                boolean answered = (r + wave + k) % 9 != 0;
                if (feed.equals("assignments")) {
                    head(b, i, "assignment", opens);
                    b.append("\"change\":\"created\",\"assignmentId\":\"").append(uuid("assignment", i)).append("\",\"respondentId\":\"")
                            .append(person).append("\",\"instrumentKey\":\"").append(instrument).append("\",\"instrumentVersion\":2,\"programmeId\":\"")
                            .append(PROGRAMME).append("\",\"relationshipId\":\"").append(uuid("relationship", r)).append("\",\"aboutPersonId\":")
                            .append(instrument.equals("mentoring-behaviours") ? "\"m" + (r % MENTORS) + "\"" : "null").append(",\"role\":\"")
                            .append(mentee ? "mentee" : "mentor").append("\",\"wave\":\"").append(waveName).append("\",\"dueOn\":\"")
                            .append(opens.plusDays(14)).append("\",\"status\":\"open\",\"createdAt\":\"").append(opens).append("T08:00:00Z\",")
                            .append("\"cancelledAt\":null}}");
                } else {
                    Instant submitted = opens.plusDays(3 + r % 5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
                    head(b, i, "scored-response", submitted);
                    boolean rating = instrument.equals("mentoring-behaviours");
                    double base = 3.5 + (r % 17) / 8.0 - (wave * (r % 5)) / 10.0;
                    b.append("\"responseId\":\"").append(uuid("response", i)).append("\",\"assignmentId\":\"")
                            .append(answered ? uuid("assignment", i) : uuid("unassigned", i)).append("\",\"respondentId\":\"").append(person)
                            .append("\",\"instrumentId\":\"").append(uuid(instrument, 2)).append("\",\"instrumentKey\":\"").append(instrument)
                            .append("\",\"instrumentVersion\":2,\"programmeId\":\"").append(PROGRAMME).append("\",\"relationshipId\":\"")
                            .append(uuid("relationship", r)).append("\",\"aboutPersonId\":").append(rating ? "\"m" + (r % MENTORS) + "\"" : "null")
                            .append(",\"role\":\"").append(mentee ? "mentee" : "mentor").append("\",\"wave\":\"").append(waveName)
                            .append("\",\"dueOn\":null,\"submittedAt\":\"").append(submitted).append("\",\"scores\":[");
                    String[] scales = SCALES.get(instrument);
                    double[] values = values(instrument, r, i, base);
                    for (int s = 0; s < scales.length; s++) {
                        b.append(s == 0 ? "" : ",").append("{\"key\":\"").append(scales[s]).append("\",\"value\":")
                                .append(Math.round(values[s] * 100) / 100.0).append(",\"answered\":5,\"expected\":5");
                        if (scales[s].equals("motive-orientation")) {
                            b.append(",\"label\":\"").append(values[s] > 0.5 ? "other-focused" : values[s] < -0.5 ? "self-focused" : "balanced-or-uncertain")
                                    .append('"');
                        }
                        b.append('}');
                    }
                    b.append("],\"subjectId\":\"").append(rating ? "m" + (r % MENTORS) : person).append("\",\"perspective\":\"")
                            .append(rating ? "other" : "self").append("\"}}");
                }
            }
            default -> throw new IllegalArgumentException(feed);
        }
    }

    /**
     * What one side answers at a wave: the usual check-in instruments, except the mentor's motives at baseline, and at closing the
     * mentee's outcomes and the mentor's reciprocal benefits (so the research reports have their data; the counts stay the same).
     */
    static String instrumentAt(int k, int wave) {
        boolean mentee = k < MENTEE_INSTRUMENTS.length;
        String usual = mentee ? MENTEE_INSTRUMENTS[k] : MENTOR_INSTRUMENTS[k - MENTEE_INSTRUMENTS.length];
        if (!usual.equals("personal-identification")) {
            return usual;
        }
        if (wave == 0 && !mentee) {
            return "mentor-motives";
        }
        if (wave == WAVES - 1) {
            return mentee ? "mentoring-outcomes" : "reciprocal-benefits";
        }
        return usual;
    }

    static final Map<String, String[]> SCALES = Map.of(
            "relationship-quality", new String[] {"relationship-quality", "trust", "empathy"},
            "personal-identification", new String[] {"projection", "recognition", "integration"},
            "mentoring-behaviours", new String[] {"other-focused-behaviour-protege", "career-support", "psychosocial-support"},
            "mentor-motives", new String[] {"self-focused", "other-focused", "motive-orientation"},
            "mentoring-outcomes", new String[] {"individual-outcomes", "relational-outcomes", "organisational-outcomes"},
            "reciprocal-benefits", new String[] {"reciprocal-benefits", "leadership-skill", "fulfilment"});

    /** Scores with some structure for the research reports: behaviour follows the mentor's other-focused motive, outcomes follow behaviour. */
    static double[] values(String instrument, long r, long i, double base) {
        long mentor = r % MENTORS;
        double self = 1 + mentor % 7 * 0.9;
        double other = 1 + mentor / 7 % 7 * 0.9;
        double noise = (i * 2_654_435_761L % 1000) / 1000.0 - 0.5;
        double behaviour = 2 + 0.4 * other + noise;
        return switch (instrument) {
            case "mentor-motives" -> new double[] {self + noise * 0.2, other + noise * 0.2, other - self};
            case "mentoring-behaviours" -> new double[] {behaviour, base, base + 0.25};
            case "mentoring-outcomes" -> new double[] {1 + 0.5 * (2 + 0.4 * other) + noise, base, base + 0.5};
            case "reciprocal-benefits" -> new double[] {base, 2 + 0.3 * self + noise, base + 0.25};
            default -> new double[] {base, base + 0.25, base + 0.5};
        };
    }

    static void head(StringBuilder b, long i, String type, LocalDate day) {
        head(b, i, type, day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    static void head(StringBuilder b, long i, String type, Instant at) {
        b.append("{\"sequence\":").append(i + 1).append(",\"tenant\":\"").append(TENANT).append("\",\"type\":\"").append(type)
                .append("\",\"occurredAt\":\"").append(at).append("\",\"data\":{");
    }

    /**
     * Ids as the services make them (TimeOrderedIds): time-ordered, so rows arrive in index order as they do from real feeds. The
     * time part grows with the event's index; the rest is a hash of the kind and index, so every id is stable and distinct. The hash
     * is SplitMix64's finaliser (a bijection, cheap) rather than MD5: this stand-in for the source services shares the two cores with
     * the service measured, and should cost it as little as it can.
     */
    static String uuid(String kind, long i) {
        long millis = ORIGIN + i;
        long hash = mix(kind.hashCode() * 0x9E3779B97F4A7C15L + i);
        long msb = (millis << 16) | 0x7000L | (hash >>> 52 & 0x0fffL);
        long lsb = (hash & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static final long ORIGIN = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    // --- HTTP ---------------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    static String get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static void post(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void waitReady(String base, Process process) throws InterruptedException {
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service did not start");
            }
            Thread.sleep(200); // the service process is still starting; it has no event this driver could await
        }
    }

    static long sum(String json, String field) {
        long total = 0;
        for (int at = json.indexOf(field); at >= 0; at = json.indexOf(field, at + 1)) {
            int from = at + field.length();
            int to = from;
            while (to < json.length() && Character.isDigit(json.charAt(to))) {
                to++;
            }
            total += Long.parseLong(json.substring(from, to));
        }
        return total;
    }

    static double heapUsed(String metrics) {
        double used = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }
}
