package io.tandem.testsupport;

import io.tandem.localdb.Databases;
import io.tandem.localdb.EmbeddedServer;
import io.tandem.localdb.PostgresTarget;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.List;

/**
 * Starts one real PostgreSQL for the whole test JVM, before Quarkus boots, and hands its address to
 * the %test profile as system properties. With TANDEM_DB_HOST set it uses that external server
 * instead. The module names its database with the system property {@code tandem.test.database}.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String DATABASE_PROPERTY = "tandem.test.database";
    public static final String URL_PROPERTY = "tandem.test.jdbc-url";
    public static final String USER_PROPERTY = "tandem.test.db-user";
    public static final String PASSWORD_PROPERTY = "tandem.test.db-password";

    private EmbeddedServer embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String database = System.getProperty(DATABASE_PROPERTY);
        if (database == null || System.getProperty(URL_PROPERTY) != null) {
            return; // not a service module, or already configured by hand
        }
        PostgresTarget target = PostgresTarget.fromEnvironment(System.getenv());
        if (target == null) {
            embedded = EmbeddedServer.start(null, 0);
            target = embedded.target();
        }
        Databases.ensure(target, List.of(database));
        System.setProperty(URL_PROPERTY, target.jdbcUrl(database));
        System.setProperty(USER_PROPERTY, target.user());
        System.setProperty(PASSWORD_PROPERTY, target.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
