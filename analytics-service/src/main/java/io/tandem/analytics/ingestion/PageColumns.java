package io.tandem.analytics.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's rows gathered column by column, sent as one array literal per column into an {@code unnest(?::type[], …)}: PostgreSQL
 * parses each element by the column's type (ISO-8601 times and dates, ids as the feed sent them). The literals are built once, by
 * whichever thread seals the page, so a page can be made ready while the one before it is still being written.
 */
final class PageColumns implements GatheredRows {

    private final List<List<String>> values = new ArrayList<>();
    private String[] literals;

    PageColumns(int columns) {
        for (int i = 0; i < columns; i++) {
            values.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        if (row.length != values.size()) {
            throw new IllegalArgumentException("a row of " + values.size() + " columns, got " + row.length);
        }
        literals = null;
        for (int i = 0; i < row.length; i++) {
            values.get(i).add((String) row[i]);
        }
    }

    @Override
    public boolean isEmpty() {
        return values.get(0).isEmpty();
    }

    @Override
    public void clear() {
        values.forEach(List::clear);
        literals = null;
    }

    /** Each column as a PostgreSQL array literal (every element quoted, so any text survives; null is NULL). */
    @Override
    public Object[] literals() {
        if (literals == null) {
            literals = values.stream().map(column -> ArrayLiteral.of(column, value -> value)).toArray(String[]::new);
        }
        return literals.clone();
    }
}
