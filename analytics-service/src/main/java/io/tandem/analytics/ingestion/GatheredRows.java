package io.tandem.analytics.ingestion;

/** A page's rows for one statement, sent as one array literal per column into an {@code unnest(?::type[], …)}. */
interface GatheredRows {

    boolean isEmpty();

    /** Each column as a PostgreSQL array literal, in row order. */
    Object[] literals();

    void clear();
}
