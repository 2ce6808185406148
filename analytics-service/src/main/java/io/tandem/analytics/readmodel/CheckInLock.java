package io.tandem.analytics.readmodel;

import io.tandem.support.persistence.TenantSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The transaction-scoped advisory lock (7342001) every writer of assignments' answered marks and check-in counts takes: the
 * counting triggers of V9 take it too. Taking it first, before any row lock, keeps writers from waiting on each other in opposite
 * orders (a feed page and a person's erasure, or the erasures of both survey feeds).
 */
public final class CheckInLock {

    private static final TenantSql TAKE = TenantSql.acrossTenants("select pg_advisory_xact_lock(7342001)",
            "a lock over the check-in counts of every tenant; it reads no rows");

    private CheckInLock() {
    }

    /** Holds the lock until the transaction ends. */
    public static void take(Connection connection) throws SQLException {
        try (PreparedStatement lock = TAKE.prepare(connection, null)) {
            lock.execute();
        }
    }
}
