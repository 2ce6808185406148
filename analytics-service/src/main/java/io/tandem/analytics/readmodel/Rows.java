package io.tandem.analytics.readmodel;

import io.tandem.support.persistence.TenantSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How reports read the read model: a tenant's query streamed row by row, in a transaction allowed to hash and sort in memory. */
public final class Rows {

    /** Reports sort and hash tens of thousands of rows: in memory. */
    private static final TenantSql REPORT_MEMORY = TenantSql.acrossTenants("set local work_mem = '64MB'",
            "a session setting for the report's own transaction; it reads no rows");

    private Rows() {
    }

    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    public static Connection inMemory(Connection c) throws SQLException {
        try (PreparedStatement memory = REPORT_MEMORY.prepare(c, null)) {
            memory.execute();
        }
        return c;
    }

    public static void query(Connection c, TenantSql sql, String tenant, Row row, Object... values) throws SQLException {
        try (PreparedStatement s = sql.prepare(c, tenant, values)) {
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }
}
