package io.tandem.analytics.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedRowsTest {

    @Test
    void aLaterEventOfTheSameKeyKeepsTheInsertOnlyColumnsOfTheFirstAndTakesTheRestFromTheLast() {
        // id, enrolled (insert only), status, decided (coalesced)
        KeyedRows rows = KeyedRows.keepingFirst(4, 0, 1).coalescing(3);
        rows.add("p1", "p1", "2026-01-01", "proposed", null);
        rows.add("p2", "p2", "2026-01-02", "proposed", null);
        rows.add("p1", "p1", "2026-01-05", "accepted", "2026-01-05");
        rows.add("p1", "p1", "2026-01-07", "withdrawn", null);
        assertThat(rows.literals()).containsExactly("{p1,p2}", "{2026-01-01,2026-01-02}", "{withdrawn,proposed}", "{2026-01-05,NULL}");
        rows.clear();
        assertThat(rows.isEmpty()).isTrue();
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> KeyedRows.keepingFirst(2).add("k", "only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
