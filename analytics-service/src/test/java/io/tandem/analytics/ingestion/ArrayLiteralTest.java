package io.tandem.analytics.ingestion;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ArrayLiteralTest {

    @Test
    void quotesEveryElementEscapesQuotesAndBackslashesAndWritesNullBare() {
        List<String> labels = Arrays.asList("other-focused", "say \"hi\", then \\ go", null, "NULL", "");
        assertThat(ArrayLiteral.of(labels, Function.identity()))
                .isEqualTo("{\"other-focused\",\"say \\\"hi\\\", then \\\\ go\",NULL,\"NULL\",\"\"}");
    }

    @Test
    void noItemsIsTheEmptyArray() {
        assertThat(ArrayLiteral.of(List.<String>of(), Function.identity())).isEqualTo("{}");
    }
}
