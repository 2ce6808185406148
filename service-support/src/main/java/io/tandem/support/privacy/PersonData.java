package io.tandem.support.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.privacy.PersonColumns.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds and pseudonymises a person across every tenant table of this service ({@link PersonColumns}):
 * a column equal to the person id, an array holding it, or a JSON document (or JSON text) with it as a
 * string. The export (GDPR Art. 15 and 20) returns those rows as JSON; the scrub replaces the id with a
 * random pseudonym everywhere in one transaction, after the service's own steps deleted content.
 */
@ApplicationScoped
public class PersonData {

    /** Internal copies that an export leaves out: the events and cached answers already shown as their tables' rows. */
    static final Set<String> NOT_EXPORTED = Set.of("outbox_event", "idempotency_record", "webhook_delivery", "webhook_subscription");
    public static final int MAX_ROWS_PER_TABLE = 10_000;
    private static final ObjectMapper QUOTER = new ObjectMapper();
    private static final TenantSql ALLOW_AUDIT_REWRITE = TenantSql.of("select set_config('tandem.erasure', :tenant, true)");

    @Inject
    PersonColumns columns;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The person's pseudonymous key in events: SHA-256 of tenant, newline, person id, in hex. */
    public static String personKey(String tenant, String personId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((tenant + "\n" + personId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public static String newPseudonym() {
        return "erased-" + UUID.randomUUID();
    }

    /** Every row that names the person, by table (tables without such rows are left out). */
    @Transactional
    public Map<String, List<PersonDataViews.Row>> export(String tenant, String personId) {
        Map<String, List<PersonDataViews.Row>> found = new LinkedHashMap<>();
        String quoted = quoted(personId);
        columns.tables().forEach((table, cols) -> {
            if (NOT_EXPORTED.contains(table)) {
                return;
            }
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Column column : cols) {
                switch (column.kind()) {
                    case TEXT -> {
                        conditions.add("t." + column.name() + " = ?");
                        values.add(personId);
                    }
                    case TEXT_ARRAY -> {
                        conditions.add("? = any(t." + column.name() + ")");
                        values.add(personId);
                    }
                    case JSON -> {
                        conditions.add("strpos(t." + column.name() + "::text, ?) > 0");
                        values.add(quoted);
                    }
                }
            }
            values.add(MAX_ROWS_PER_TABLE);
            TenantSql select = TenantSql.of("select to_jsonb(t)::text from " + table + " t where t.tenant_id = :tenant and ("
                    + String.join(" or ", conditions) + ") limit ?");
            List<PersonDataViews.Row> rows = em.unwrap(Session.class).doReturningWork(connection -> {
                List<PersonDataViews.Row> matched = new ArrayList<>();
                try (PreparedStatement statement = select.prepare(connection, tenant, values.toArray()); ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        matched.add(new PersonDataViews.Row(parse(row.getString(1))));
                    }
                }
                return matched;
            });
            if (!rows.isEmpty()) {
                found.put(table, rows);
            }
        });
        return found;
    }

    /** Replaces the person id with the pseudonym in every table; returns how many rows changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scrub(String tenant, String personId, String pseudonym) {
        em.flush();
        int changed = em.unwrap(Session.class).doReturningWork(connection -> scrub(connection, columns.tables(), tenant, personId, pseudonym));
        em.clear();
        return changed;
    }

    /** The scrub on a connection, for a caller outside JPA (analytics' feed ingestion). */
    public static int scrub(Connection connection, Map<String, List<Column>> tables, String tenant, String personId, String pseudonym)
            throws SQLException {
        String quoted = quoted(personId);
        String quotedPseudonym = quoted(pseudonym);
        int changed = 0;
        try (PreparedStatement allow = ALLOW_AUDIT_REWRITE.prepare(connection, tenant)) {
            allow.execute();
        }
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            for (Column column : table.getValue()) {
                for (Rewrite rewrite : rewrites(table.getKey(), column, personId, pseudonym, quoted, quotedPseudonym)) {
                    try (PreparedStatement update = rewrite.sql().prepare(connection, tenant, rewrite.values())) {
                        changed += update.executeUpdate();
                    }
                }
            }
        }
        return changed;
    }

    /**
     * The person id whose key ({@link #personKey}) this is, looked for in every person-capable character column;
     * empty when no row names them (any more).
     */
    public static java.util.Optional<String> findByKey(Connection connection, Map<String, List<Column>> tables, String tenant, String key)
            throws SQLException {
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            for (Column column : table.getValue()) {
                if (column.kind() != PersonColumns.Kind.TEXT) {
                    continue;
                }
                String c = column.name();
                TenantSql find = TenantSql.of("select " + c + " from " + table.getKey() + " where tenant_id = :tenant and " + c + " is not null"
                        + " and encode(sha256(convert_to(:tenant || chr(10) || " + c + ", 'UTF8')), 'hex') = ? limit 1");
                try (PreparedStatement select = find.prepare(connection, tenant, key); ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return java.util.Optional.of(row.getString(1));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private record Rewrite(TenantSql sql, Object[] values) {
    }

    private static List<Rewrite> rewrites(String table, Column column, String id, String pseudonym, String quoted, String quotedPseudonym) {
        String c = column.name();
        return switch (column.kind()) {
            case TEXT -> List.of(
                    new Rewrite(TenantSql.of("update " + table + " set " + c + " = ? where tenant_id = :tenant and " + c + " = ?"),
                            new Object[] {pseudonym, id}),
                    // JSON kept as text (webhook bodies, stored answers to creates)
                    new Rewrite(TenantSql.of("update " + table + " set " + c + " = replace(" + c + ", ?, ?) where tenant_id = :tenant and strpos("
                            + c + ", ?) > 0"), new Object[] {quoted, quotedPseudonym, quoted}),
                    // paths such as the audit trail's /api/v1/people/{id}/data
                    new Rewrite(TenantSql.of("update " + table + " set " + c + " = regexp_replace(" + c + ", ?, ?, 'g') where tenant_id = :tenant "
                            + "and " + c + " like '/api/%' and " + c + " ~ ?"),
                            new Object[] {pathSegment(id), "/" + pseudonym + "\\1", pathSegment(id)}));
            case TEXT_ARRAY -> List.of(new Rewrite(TenantSql.of("update " + table + " set " + c + " = array_replace(" + c + ", ?, ?) "
                    + "where tenant_id = :tenant and ? = any(" + c + ")"), new Object[] {id, pseudonym, id}));
            case JSON -> List.of(new Rewrite(TenantSql.of("update " + table + " set " + c + " = replace(" + c + "::text, ?, ?)::" + column.sqlType()
                    + " where tenant_id = :tenant and strpos(" + c + "::text, ?) > 0"), new Object[] {quoted, quotedPseudonym, quoted}));
        };
    }

    /** A regular expression (PostgreSQL ARE) for the id as a whole path segment. */
    static String pathSegment(String id) {
        StringBuilder escaped = new StringBuilder("/");
        for (char ch : id.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(ch) >= 0) {
                escaped.append('\\');
            }
            escaped.append(ch);
        }
        return escaped.append("(/|$)").toString();
    }

    /** The id as a JSON string literal, which is how it appears inside a document. */
    static String quoted(String text) {
        try {
            return QUOTER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
