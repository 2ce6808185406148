package io.tandem.support.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A native SQL statement that cannot forget its tenant. The few paths that bypass the ORM (and with
 * it the tenant filter) write {@code :tenant} wherever the tenant goes and {@code ?} for everything
 * else; {@link #prepare} binds the tenant at every {@code :tenant} and the caller's values, in order,
 * at the rest. A statement without {@code :tenant} is refused when it is declared, so a query that
 * could read across tenants never reaches the database.
 */
public final class TenantSql {

    private static final String TENANT = ":tenant";

    private final String sql;
    /** For each JDBC placeholder, in order: whether it is the tenant's. */
    private final boolean[] tenantSlots;
    private final int valueCount;

    private TenantSql(String sql, boolean[] tenantSlots) {
        this.sql = sql;
        this.tenantSlots = tenantSlots;
        int values = 0;
        for (boolean tenant : tenantSlots) {
            values += tenant ? 0 : 1;
        }
        this.valueCount = values;
    }

    /** An array parameter, created on the statement's own connection. */
    public record SqlArray(String elementType, Object[] elements) {
    }

    /**
     * A statement that reads across tenants, for the platform identity alone (the feeds it reads for every
     * tenant). It must not name {@code :tenant}; {@code why} documents the exception where it is declared.
     */
    public static TenantSql acrossTenants(String sql, String why) {
        if (why == null || why.isBlank() || sql.contains(TENANT)) {
            throw new IllegalArgumentException("a cross-tenant statement says why, and binds no tenant: " + sql);
        }
        int placeholders = (int) sql.chars().filter(c -> c == '?').count();
        return new TenantSql(sql, new boolean[placeholders]);
    }

    public static TenantSql of(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<Boolean> slots = new ArrayList<>();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                slots.add(false);
                jdbc.append('?');
            } else if (sql.startsWith(TENANT, i) && !castAt(sql, i) && !identifierContinues(sql, i + TENANT.length())) {
                slots.add(true);
                jdbc.append('?');
                i += TENANT.length() - 1;
            } else {
                jdbc.append(c);
            }
        }
        if (!slots.contains(true)) {
            throw new IllegalArgumentException("a native statement must bind the tenant with :tenant: " + sql);
        }
        boolean[] tenantSlots = new boolean[slots.size()];
        for (int i = 0; i < tenantSlots.length; i++) {
            tenantSlots[i] = slots.get(i);
        }
        return new TenantSql(jdbc.toString(), tenantSlots);
    }

    /** {@code x::tenant} would be a cast, not the tenant. */
    private static boolean castAt(String sql, int colon) {
        return colon > 0 && sql.charAt(colon - 1) == ':';
    }

    private static boolean identifierContinues(String sql, int at) {
        return at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_');
    }

    /** The statement as JDBC sees it, with every parameter a {@code ?}. */
    public String jdbcSql() {
        return sql;
    }

    /** How many values {@link #prepare} expects besides the tenant. */
    public int valueCount() {
        return valueCount;
    }

    /**
     * @param values in order of the {@code ?} placeholders; {@link SqlArray} for arrays, null for SQL NULL
     */
    public PreparedStatement prepare(Connection connection, String tenant, Object... values) throws SQLException {
        boolean bindsTenant = false;
        for (boolean slot : tenantSlots) {
            bindsTenant |= slot;
        }
        if (bindsTenant && (tenant == null || tenant.isBlank())) {
            throw new IllegalStateException("no tenant to bind: native SQL runs only for a caller with a tenant");
        }
        requireValues(values);
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, tenant, values);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds the tenant and the values again on a statement this object prepared: the next row of a JDBC batch. */
    public void bind(PreparedStatement statement, String tenant, Object... values) throws SQLException {
        requireValues(values);
        int next = 0;
        for (int slot = 0; slot < tenantSlots.length; slot++) {
            Object value = tenantSlots[slot] ? tenant : values[next++];
            if (value instanceof SqlArray array) {
                statement.setArray(slot + 1, statement.getConnection().createArrayOf(array.elementType(), array.elements()));
            } else {
                statement.setObject(slot + 1, value);
            }
        }
    }

    private void requireValues(Object[] values) {
        if (values.length != valueCount) {
            throw new IllegalArgumentException("the statement takes " + valueCount + " value(s) besides the tenant, got " + values.length);
        }
    }
}
