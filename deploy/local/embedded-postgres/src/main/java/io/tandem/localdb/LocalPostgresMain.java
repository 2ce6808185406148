package io.tandem.localdb;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line used by deploy/local/run.sh.
 * <pre>
 *   serve DATA_DIR PORT DB[,DB...]   start the embedded server, create the databases, run until stopped
 *                                    (durable; TANDEM_PG_SHARED_BUFFERS sizes its page cache, default 1GB)
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
        EmbeddedServer server = EmbeddedServer.start(dataDirectory.toAbsolutePath(), port, true,
                System.getenv().getOrDefault("TANDEM_PG_SHARED_BUFFERS", "1GB"));
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
