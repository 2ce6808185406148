package io.tandem.support.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A list query with optional filters, paged by id (ids are time-ordered). Filters whose value is
 * null are left out, so a resource passes its query parameters straight through.
 */
public final class KeysetQuery {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    public static KeysetQuery where() {
        return new KeysetQuery();
    }

    /** Adds {@code clause} (naming {@code :name}) when value is not null. */
    public KeysetQuery and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.and(name, value);
        }
        return this;
    }

    /** Binds a parameter that a clause added with {@link #and} names alongside its own. */
    public KeysetQuery with(String name, Object value) {
        params.and(name, value);
        return this;
    }

    /** Every matching row, for reports that read a whole (bounded) set; pass {@code (q, p) -> Entity.find(q, p)}. */
    public <E> java.util.stream.Stream<E> all(BiFunction<String, Parameters, PanacheQuery<E>> find) {
        return find.apply(where.toString(), params).stream();
    }

    /**
     * Fetches one page after the cursor. Pass {@code (q, p) -> Entity.find(q, p)}: a method reference
     * would bind to PanacheEntityBase, which Panache does not enhance.
     */
    public <E, V> Page<V> page(BiFunction<String, Parameters, PanacheQuery<E>> find, String cursor, int limit,
                               Function<E, UUID> id, Function<E, V> view) {
        and("id > :after", "after", Cursors.decode(cursor));
        List<E> rows = find.apply(where + " order by id", params).range(0, limit).list();
        return Cursors.page(rows, limit, id, view);
    }
}
