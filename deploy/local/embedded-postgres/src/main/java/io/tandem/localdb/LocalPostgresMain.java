package io.tandem.localdb;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line used by deploy/local/run.sh.
 * <pre>
 *   serve DATA_DIR PORT DB[,DB...]   start the embedded server, create the databases, run until stopped
 *                                    (durable; TANDEM_PG_SHARED_BUFFERS sizes its page cache, default 1GB;
 *                                    TANDEM_PG_MAX_WAL_SIZE spaces its checkpoints, default 4GB;
 *                                    TANDEM_PG_SETTINGS="name=value;..." any other server settings)
 *   ensure DB[,DB...]                create the databases on the external server named by TANDEM_DB_*
 * </pre>
 */
public final class LocalPostgresMain {

    private LocalPostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 4 && args[0].equals("serve")) {
            serve(Path.of(args[1]), Integer.parseInt(args[2]), split(args[3]));
        } else if (args.length == 2 && args[0].equals("ensure")) {
            PostgresTarget target = PostgresTarget.fromEnvironment(System.getenv());
            if (target == null) {
                fail("ensure needs " + PostgresTarget.HOST + " to name the external server");
            }
            Databases.ensure(target, split(args[1]));
            System.out.println("databases ready on " + target.host() + ":" + target.port());
        } else {
            fail("usage: serve DATA_DIR PORT DB[,DB...] | ensure DB[,DB...]");
        }
    }

    private static void serve(Path dataDirectory, int port, List<String> databases) throws InterruptedException {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("shared_buffers", System.getenv().getOrDefault("TANDEM_PG_SHARED_BUFFERS", "1GB"));
        settings.put("max_wal_size", System.getenv().getOrDefault("TANDEM_PG_MAX_WAL_SIZE", "4GB"));
        // analytics loads its read model in bulk: autovacuum looks every 10 s instead of every minute, so the visibility map
        // (which index-only scans of the reports need) follows the load instead of being rebuilt in one go after it
        settings.put("autovacuum_naptime", System.getenv().getOrDefault("TANDEM_PG_AUTOVACUUM_NAPTIME", "10s"));
        // more, e.g. TANDEM_PG_SETTINGS=shared_preload_libraries=pg_stat_statements to see where a benchmark's time goes
        for (String setting : System.getenv().getOrDefault("TANDEM_PG_SETTINGS", "").split(";")) {
            String[] kv = setting.split("=", 2);
            if (kv.length == 2 && !kv[0].isBlank()) {
                settings.put(kv[0].trim(), kv[1].trim());
            }
        }
        EmbeddedServer server = EmbeddedServer.start(dataDirectory.toAbsolutePath(), port, true, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop-postgres"));
        Databases.ensure(server.target(), databases);
        System.out.println("postgres ready on localhost:" + server.target().port() + " data in " + dataDirectory);
        stopped.await();
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
