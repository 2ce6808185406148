package io.tandem.testsupport;

import io.tandem.localdb.Databases;
import io.tandem.localdb.EmbeddedServer;
import io.tandem.localdb.PostgresTarget;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts one real PostgreSQL for the whole test JVM, before Quarkus boots, and hands its address to
 * the %test profile as system properties. With TANDEM_DB_HOST set it uses that external server
 * instead. The module names its database with the system property {@code tandem.test.database}.
 * The embedded server can be stopped and started again on the same port and data, so a test can
 * take the database away from a running service.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String DATABASE_PROPERTY = "tandem.test.database";
    public static final String URL_PROPERTY = "tandem.test.jdbc-url";
    public static final String USER_PROPERTY = "tandem.test.db-user";
    public static final String PASSWORD_PROPERTY = "tandem.test.db-password";

    // Quarkus tests run in their own class loader, which sees its own copy of this class; the
    // server is controlled through the JVM-wide platform MBean server instead of a static field.
    private static final String CONTROL = "io.tandem.test:type=EmbeddedDatabase";

    private static EmbeddedServer embedded;
    private static Path dataDirectory;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String database = System.getProperty(DATABASE_PROPERTY);
        if (database == null || System.getProperty(URL_PROPERTY) != null) {
            return; // not a service module, or already configured by hand
        }
        PostgresTarget target = PostgresTarget.fromEnvironment(System.getenv());
        if (target == null) {
            try {
                dataDirectory = Files.createTempDirectory("tandem-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            embedded = EmbeddedServer.start(dataDirectory.resolve("data"), 0, false);
            target = embedded.target();
            port = target.port();
            register();
        }
        Databases.ensure(target, List.of(database));
        System.setProperty(URL_PROPERTY, target.jdbcUrl(database));
        System.setProperty(USER_PROPERTY, target.user());
        System.setProperty(PASSWORD_PROPERTY, target.password());
    }

    /** Whether this JVM's database is the embedded one, which a test may stop and start. */
    public static boolean isEmbedded() {
        return ManagementFactory.getPlatformMBeanServer().isRegistered(controlName());
    }

    /** Stops the embedded server; its data stays. */
    public static void stopEmbedded() {
        control("stop");
    }

    /** Starts the embedded server again on the same port with the same data. */
    public static void startEmbeddedAgain() {
        control("start");
    }

    private static void control(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(controlName(), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " the embedded database", e);
        }
    }

    private static ObjectName controlName() {
        try {
            return new ObjectName(CONTROL);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void register() {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new StandardMBean(new EmbeddedDatabaseControlMBean() {
                @Override
                public void stop() {
                    stopServer();
                }

                @Override
                public void start() {
                    startServerAgain();
                }
            }, EmbeddedDatabaseControlMBean.class), controlName());
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the embedded database control", e);
        }
    }

    private static synchronized void stopServer() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static synchronized void startServerAgain() {
        if (embedded == null && dataDirectory != null) {
            embedded = EmbeddedServer.start(dataDirectory.resolve("data"), port, false);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopServer();
        if (isEmbedded()) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(controlName());
            } catch (JMException e) {
                throw new IllegalStateException(e);
            }
        }
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataDirectory = null;
        }
    }
}
