package io.tandem.analytics.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageColumnsTest {

    @Test
    void eachColumnBecomesOneArrayLiteralInRowOrder() {
        PageColumns rows = new PageColumns(2);
        rows.add("a1", "2026-03-08T10:00:00Z");
        rows.add("a\"2", null);
        assertThat(rows.literals()).containsExactly("{a1,\"a\\\"2\"}", "{2026-03-08T10:00:00Z,NULL}");
    }

    @Test
    void aRowAddedAfterTheLiteralsWereBuiltIsInTheNextOnes() {
        PageColumns rows = new PageColumns(1);
        rows.add("x");
        assertThat(rows.literals()).containsExactly("{x}");
        rows.add("y");
        assertThat(rows.literals()).containsExactly("{x,y}");
        rows.clear();
        assertThat(rows.isEmpty()).isTrue();
        assertThat(rows.literals()).containsExactly("{}");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new PageColumns(2).add("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
