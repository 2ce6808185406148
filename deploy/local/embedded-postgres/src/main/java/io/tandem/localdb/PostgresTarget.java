package io.tandem.localdb;

import java.util.Map;

/**
 * Where a PostgreSQL server is and how to log in as a user that may create databases.
 */
public record PostgresTarget(String host, int port, String user, String password) {

    /** Environment variables that point Tandem at an external server (documented in README.md). */
    public static final String HOST = "TANDEM_DB_HOST";
    public static final String PORT = "TANDEM_DB_PORT";
    public static final String USER = "TANDEM_DB_USER";
    public static final String PASSWORD = "TANDEM_DB_PASSWORD";

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The external server named by the environment, or null when none is configured. */
    public static PostgresTarget fromEnvironment(Map<String, String> env) {
        String host = env.get(HOST);
        if (host == null || host.isBlank()) {
            return null;
        }
        int port = Integer.parseInt(env.getOrDefault(PORT, "5432"));
        return new PostgresTarget(host, port, env.getOrDefault(USER, "postgres"), env.getOrDefault(PASSWORD, ""));
    }
}
