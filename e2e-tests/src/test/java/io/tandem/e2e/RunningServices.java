package io.tandem.e2e;

import io.tandem.localdb.Databases;
import io.tandem.localdb.EmbeddedServer;
import io.tandem.localdb.PostgresTarget;
import io.tandem.testsupport.Tokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services ({@code <service>/target/quarkus-app/quarkus-run.jar}) started as
 * separate processes, as {@code deploy/local/run.sh} starts them, against one PostgreSQL: an
 * embedded throw-away server, or the external one named by TANDEM_DB_HOST.
 */
final class RunningServices implements AutoCloseable {

    private static final List<String> SERVICES = List.of("survey-service", "matching-service", "analytics-service");

    private final Path root = Path.of(System.getenv().getOrDefault("TANDEM_REPOSITORY_ROOT", "..")).toAbsolutePath().normalize();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<ProcessBuilder> launchers = new ArrayList<>();
    private EmbeddedServer embedded;

    static RunningServices start() throws IOException, InterruptedException {
        RunningServices services = new RunningServices();
        try {
            services.startAll();
            return services;
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private void startAll() throws IOException, InterruptedException {
        PostgresTarget database;
        if (System.getenv(PostgresTarget.HOST) != null) {
            database = PostgresTarget.fromEnvironment(System.getenv());
        } else {
            embedded = EmbeddedServer.start(Files.createTempDirectory("tandem-e2e-db"), freePort(), false);
            database = embedded.target();
        }
        Databases.ensure(database, List.of("tandem_e2e_survey", "tandem_e2e_matching", "tandem_e2e_analytics"));
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        Path logs = Files.createDirectories(root.resolve("e2e-tests/target/service-logs"));
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them before this module)");
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                    "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put(PostgresTarget.HOST, database.host());
            env.put(PostgresTarget.PORT, Integer.toString(database.port()));
            env.put(PostgresTarget.USER, database.user());
            env.put(PostgresTarget.PASSWORD, database.password());
            env.put("TANDEM_DB_NAME", "tandem_e2e_" + service.substring(0, service.indexOf('-')));
            env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
            env.put("TANDEM_JWT_PUBLIC_KEY_LOCATION", root.resolve("deploy/local/dev-keys/public.pem").toString());
            env.put("TANDEM_JWT_ISSUER", Tokens.ISSUER);
            env.put("TANDEM_SERVICE_SIGNING_KEY_LOCATION", root.resolve("deploy/local/dev-keys/private.pem").toString());
            env.put("TANDEM_CHECK_INS_DELIVERY_EVERY", "1s");
            env.put("TANDEM_CHECK_INS_DELIVERY_DELAYED", "1s");
            env.put("TANDEM_SURVEY_URL", url("survey-service"));
            env.put("TANDEM_MATCHING_URL", url("matching-service"));
            env.put("TANDEM_RATE_LIMIT_ENABLED", "false");
            // webhooks to a receiver on this machine, retried quickly
            env.put("TANDEM_WEBHOOKS_REQUIRE_HTTPS", "false");
            env.put("TANDEM_WEBHOOKS_EXEMPT_HOSTS", "localhost");
            env.put("TANDEM_WEBHOOKS_POLL_EVERY", "0.5s");
            env.put("TANDEM_WEBHOOKS_RETRY_BASE", "PT1S");
            env.put("TANDEM_WEBHOOKS_RETRY_MAX", "PT2S");
            launchers.add(builder);
            processes.add(builder.start());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    /** Kills the service at once (no shutdown hooks, as a crash would) and starts it again on the same port and database. */
    void crashAndRestart(String service) throws IOException {
        int at = SERVICES.indexOf(service);
        Process running = processes.get(at);
        running.destroyForcibly();
        try {
            running.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ProcessBuilder launcher = launchers.get(at);
        Path log = root.resolve("e2e-tests/target/service-logs").resolve(service + "-restarted.log");
        processes.set(at, launcher.redirectOutput(log.toFile()).start());
        awaitReady(service);
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    private void awaitReady(String service) {
        HttpClient http = HttpClient.newHttpClient();
        Process process = processes.get(SERVICES.indexOf(service));
        org.awaitility.Awaitility.await(service + " ready (logs in e2e-tests/target/service-logs)")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(service + " exited with " + process.exitValue()
                                + "; see e2e-tests/target/service-logs");
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
