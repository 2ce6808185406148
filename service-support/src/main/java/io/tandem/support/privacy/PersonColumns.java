package io.tandem.support.privacy;

import io.tandem.support.persistence.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every column of this service's tenant tables that can hold a person id or text about a person:
 * character columns, character arrays and JSON documents, read from the database's own catalogue so a
 * table added later is covered without anyone remembering to list it.
 */
@ApplicationScoped
public class PersonColumns {

    public enum Kind { TEXT, TEXT_ARRAY, JSON }

    /** @param sqlType the column's own type, e.g. jsonb, to cast a rewritten document back */
    public record Column(String name, Kind kind, String sqlType) {
    }

    private static final TenantSql CATALOGUE = TenantSql.acrossTenants("""
            select c.table_name, c.column_name, c.data_type, c.udt_name, c.character_maximum_length from information_schema.columns c
            where c.table_schema = current_schema()
              and exists (select 1 from information_schema.columns t where t.table_schema = c.table_schema
                          and t.table_name = c.table_name and t.column_name = 'tenant_id')
              and exists (select 1 from information_schema.tables b where b.table_schema = c.table_schema
                          and b.table_name = c.table_name and b.table_type = 'BASE TABLE')
              and c.column_name <> 'tenant_id'
              and (c.data_type in ('character varying', 'text', 'character', 'jsonb', 'json')
                   or (c.data_type = 'ARRAY' and c.udt_name in ('_varchar', '_text')))
            order by c.table_name, c.ordinal_position""", "the schema's catalogue names no tenant");

    /** Person ids are stored in columns of 100 characters or more; shorter character columns hold codes. */
    static final int SHORTEST_PERSON_COLUMN = 64;

    @Inject
    EntityManager em;

    private volatile Map<String, List<Column>> tables;

    /** Table name to its person-capable columns, in a stable order. */
    public Map<String, List<Column>> tables() {
        Map<String, List<Column>> known = tables;
        if (known == null) {
            known = em.unwrap(Session.class).doReturningWork(PersonColumns::discover);
            tables = known;
        }
        return known;
    }

    /** Reads the catalogue on a connection of this service's database. */
    public static Map<String, List<Column>> discover(java.sql.Connection connection) throws java.sql.SQLException {
        Map<String, List<Column>> found = new LinkedHashMap<>();
        try (PreparedStatement select = CATALOGUE.prepare(connection, null); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String type = row.getString(3);
                Kind kind = type.startsWith("json") ? Kind.JSON : type.equals("ARRAY") ? Kind.TEXT_ARRAY : Kind.TEXT;
                int maxLength = row.getInt(5);
                if (kind == Kind.TEXT && maxLength > 0 && maxLength < SHORTEST_PERSON_COLUMN) {
                    continue; // codes and states (status, role, phase): no person id fits, and one spelled like a code must not match
                }
                found.computeIfAbsent(row.getString(1), t -> new ArrayList<>()).add(new Column(row.getString(2), kind, row.getString(4)));
            }
        }
        return found;
    }
}
