package io.tandem.localdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Pattern;

/** Creates the services' databases on a server when they are missing. */
public final class Databases {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Databases() {
    }

    public static void ensure(PostgresTarget target, Collection<String> names) {
        try (Connection admin = DriverManager.getConnection(target.jdbcUrl("postgres"), target.user(), target.password())) {
            for (String name : names) {
                ensureOne(admin, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create databases on " + target.host() + ":" + target.port()
                    + " as " + target.user() + ": " + e.getMessage(), e);
        }
    }

    private static void ensureOne(Connection admin, String name) throws SQLException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            // The name was checked against SAFE_NAME: CREATE DATABASE takes no bind parameters.
            create.execute("create database " + name);
        } catch (SQLException e) {
            // Another process may have created it between our check and our create.
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
