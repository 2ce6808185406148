package io.tandem.analytics.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's rows for one INSERT … ON CONFLICT DO UPDATE, one row per key: PostgreSQL refuses to update a row twice in one
 * statement, so a later event of the same key merges into the row the page holds, giving what applying the events one at a time
 * gives. Columns only the insert writes keep the first event's value; columns the update coalesces keep the last value that was
 * not null; every other column takes the last event's.
 */
final class KeyedRows implements GatheredRows {

    private final int width;
    private final int[] insertOnly;
    private final int[] coalesced;
    private final Map<String, String[]> rows = new LinkedHashMap<>();

    private KeyedRows(int width, int[] insertOnly, int[] coalesced) {
        this.width = width;
        this.insertOnly = insertOnly;
        this.coalesced = coalesced;
    }

    /** Rows of {@code width} columns whose columns {@code insertOnly} the upsert's update leaves alone. */
    static KeyedRows keepingFirst(int width, int... insertOnly) {
        return new KeyedRows(width, insertOnly, new int[0]);
    }

    /** The same, and columns {@code coalesced} the update sets to {@code coalesce(excluded.c, c)}. */
    KeyedRows coalescing(int... columns) {
        return new KeyedRows(width, insertOnly, columns);
    }

    void add(String key, String... row) {
        if (row.length != width) {
            throw new IllegalArgumentException("a row of " + width + " columns, got " + row.length);
        }
        rows.merge(key, row, this::merge);
    }

    private String[] merge(String[] earlier, String[] later) {
        String[] merged = later.clone();
        for (int column : insertOnly) {
            merged[column] = earlier[column];
        }
        for (int column : coalesced) {
            if (merged[column] == null) {
                merged[column] = earlier[column];
            }
        }
        return merged;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows, in the order their keys first came, as one array literal per column. */
    @Override
    public Object[] literals() {
        PageColumns columns = new PageColumns(width);
        rows.values().forEach(row -> columns.add((Object[]) row));
        return columns.literals();
    }

    @Override
    public void clear() {
        rows.clear();
    }
}
