package io.tandem.analytics.report;

import io.tandem.support.persistence.TenantSql;
import io.tandem.support.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A programme exists for analytics when the read model holds a participant or a relationship of it in the tenant; else 404. */
public final class KnownProgrammes {

    private static final TenantSql KNOWN = TenantSql.of("""
            select exists (select 1 from participant_fact where tenant_id = :tenant and programme_id = ?)
                or exists (select 1 from relationship_fact where tenant_id = :tenant and programme_id = ?)""");

    private KnownProgrammes() {
    }

    public static void require(Connection c, String tenant, UUID programmeId) throws SQLException {
        try (PreparedStatement s = KNOWN.prepare(c, tenant, programmeId, programmeId); ResultSet r = s.executeQuery()) {
            r.next();
            if (!r.getBoolean(1)) {
                throw ProblemException.notFound("programme", programmeId);
            }
        }
    }
}
