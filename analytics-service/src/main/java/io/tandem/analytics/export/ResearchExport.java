package io.tandem.analytics.export;

import io.agroal.api.AgroalDataSource;
import io.tandem.analytics.report.KnownProgrammes;
import io.tandem.support.persistence.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The research export of one programme: one CSV row per relationship and wave, streamed from a
 * database cursor, one row in memory at a time. Columns and codebook come from the same query.
 */
@ApplicationScoped
class ResearchExport {

    /** The columns, kept by ingestion as scores arrive (score_column_fact). */
    private static final TenantSql COLUMNS = TenantSql.of("""
            select role, perspective, instrument_key, scale_key, instrument_version from score_column_fact
            where tenant_id = :tenant and programme_id = ? order by 1, 2, 3, 4, 5""");

    /**
     * The relationships' own columns, read once (a programme has tens of thousands, not millions): only pairs where both people
     * consented to research use; every other relationship stays out of the export with its rows.
     */
    private static final TenantSql RELATIONSHIPS = TenantSql.of("""
            select r.relationship_id::text, r.mentor_id, r.mentee_id, r.started_on, r.ended_on, r.phase, r.ended_early, r.end_reason
            from relationship_fact r where r.tenant_id = :tenant and r.programme_id = ?
              and exists (select 1 from participant_fact p where p.tenant_id = r.tenant_id and p.programme_id = r.programme_id
                          and p.person_id = r.mentor_id and p.research_consent)
              and exists (select 1 from participant_fact p where p.tenant_id = r.tenant_id and p.programme_id = r.programme_id
                          and p.person_id = r.mentee_id and p.research_consent)""");

    /**
     * One row per relationship and wave, in export order (index response_fact_export, aggregated as it streams): the Monday of the
     * wave's first answer (UTC) and its answers' scores as {@link ScoreCells} reads them. Text, not arrays: the driver decodes a
     * text far faster than arrays, and concatenation is the cheapest way to build it. A wave whose answers lost their scores to
     * an erasure has no row; the test on empty answers stays out of WHERE, where its guessed selectivity turned the plan into a
     * sort of the whole programme.
     */
    private static final TenantSql ROWS = TenantSql.of("""
            select relationship_id::text as id, wave, date_trunc('week', min(submitted_at) at time zone 'UTC')::date::text,
                   string_agg(role || '.' || perspective || '.' || instrument_key || '|' || array_to_string(scale_keys, ',') || '|'
                              || array_to_string(scale_values, ',', ''), ';' order by submitted_at)
            from response_fact
            where tenant_id = :tenant and programme_id = ? and relationship_id is not null and role is not null and wave is not null
            group by relationship_id, wave
            having max(cardinality(scale_keys)) > 0
            order by relationship_id, wave""");

    private static final int FETCH = 5_000;

    /** Threads that read an export's cursor (one per export running). */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "export-reader");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    AgroalDataSource dataSource;

    ResearchColumns.Codebook codebook(String tenant, UUID programmeId) {
        try (Connection c = dataSource.getConnection()) {
            KnownProgrammes.require(c, tenant, programmeId);
            return ResearchColumns.codebook(columns(c, tenant, programmeId));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the export's columns failed", e);
        }
    }

    /** Checks the programme before anything is streamed, so a 404 is still a 404. */
    void requireKnown(String tenant, UUID programmeId) {
        try (Connection c = dataSource.getConnection()) {
            KnownProgrammes.require(c, tenant, programmeId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the CSV; answers the number of data rows. */
    long write(String tenant, UUID programmeId, OutputStream out) throws IOException {
        Pseudonyms ids = Pseudonyms.forOneExport();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            c.setReadOnly(true);
            try {
                List<ResearchColumns.ScoreColumn> scores = columns(c, tenant, programmeId);
                Map<String, Integer> index = new HashMap<>();
                List<String> header = new ArrayList<>();
                ResearchColumns.FIXED.forEach(col -> header.add(col.name()));
                for (ResearchColumns.ScoreColumn s : scores) {
                    index.put(s.name(), header.size());
                    header.add(s.name());
                }
                line(out, header.toArray(String[]::new));
                return rows(c, tenant, programmeId, ids, index, header.size(), out);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("the export stopped: " + e.getMessage(), e);
        }
    }

    private long rows(Connection c, String tenant, UUID programmeId, Pseudonyms ids, Map<String, Integer> index, int width, OutputStream out)
            throws SQLException, IOException {
        Map<String, String[]> relationships = new HashMap<>();
        try (PreparedStatement select = RELATIONSHIPS.prepare(c, tenant, programmeId); ResultSet r = select.executeQuery()) {
            while (r.next()) {
                relationships.put(r.getString(1), new String[] {ids.of("relationship", r.getString(1)), ids.of("person", r.getString(2)),
                        ids.of("person", r.getString(3)), week(r.getDate(4)), week(r.getDate(5)), r.getString(6),
                        Boolean.toString(r.getBoolean(7)), r.getString(8)});
            }
        }
        ScoreCells cells = new ScoreCells(index);
        long[] written = {0};
        // the cursor is read on another thread while this one formats: the database produces the next rows meanwhile
        try {
            new RowPipe<String[]>(4, 1_000).run(READERS, rows -> {
                try (PreparedStatement select = ROWS.prepare(c, tenant, programmeId)) {
                    select.setFetchSize(FETCH);
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            if (!rows.put(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)})) {
                                return;
                            }
                        }
                    }
                }
            }, read -> {
                String[] known = relationships.get(read[0]);
                if (known == null) {
                    return; // not seen yet (its rows come in a later export), or without both people's research consent
                }
                String[] row = new String[width];
                row[0] = known[0];
                row[1] = known[1];
                row[2] = known[2];
                row[3] = read[1];
                row[4] = read[2];
                System.arraycopy(known, 3, row, 5, 5);
                cells.fill(row, read[3]);
                line(out, row);
                written[0]++;
            });
        } catch (SQLException | IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the export was interrupted", e);
        } catch (Exception e) {
            throw new IOException("the export stopped: " + e.getMessage(), e);
        }
        return written[0];
    }

    private static List<ResearchColumns.ScoreColumn> columns(Connection c, String tenant, UUID programmeId) throws SQLException {
        Map<String, ResearchColumns.ScoreColumn> byName = new java.util.LinkedHashMap<>();
        try (PreparedStatement s = COLUMNS.prepare(c, tenant, programmeId); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ResearchColumns.ScoreColumn column = new ResearchColumns.ScoreColumn(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), new TreeSet<>());
                byName.computeIfAbsent(column.name(), n -> column).versions().add(r.getInt(5));
            }
        }
        return List.copyOf(byName.values());
    }

    private static String week(Date date) {
        return date == null ? null : week(date.toLocalDate());
    }

    private static String week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    /** One CSV line, built whole and written at once as UTF-8 (no detour through a char buffer and an encoder). */
    private static void line(OutputStream out, String[] fields) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields[i];
            if (field != null) {
                if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
                    line.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(field);
                }
            }
        }
        out.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
}
