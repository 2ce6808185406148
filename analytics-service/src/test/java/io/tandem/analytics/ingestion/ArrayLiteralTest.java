package io.tandem.analytics.ingestion;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ArrayLiteralTest {

    @Test
    void quotesWhatTheParserWouldReadOtherwiseEscapesQuotesAndBackslashesAndWritesNullBare() {
        List<String> labels = Arrays.asList("other-focused", "say \"hi\", then \\ go", null, "NULL", "null", "", "a b", "{x}", "é",
                "2026-03-08T10:00:00Z", "019b76da-a800-7de4-9e4b-701f6e8d4f28", "-1.5E-7");
        assertThat(ArrayLiteral.of(labels, Function.identity())).isEqualTo("{other-focused,\"say \\\"hi\\\", then \\\\ go\",NULL,"
                + "\"NULL\",\"null\",\"\",\"a b\",\"{x}\",\"é\",2026-03-08T10:00:00Z,019b76da-a800-7de4-9e4b-701f6e8d4f28,-1.5E-7}");
    }

    @Test
    void anArrayInsideAnArrayIsOneQuotedElement() {
        String inner = ArrayLiteral.of(List.of("trust", "empathy"), Function.identity());
        assertThat(ArrayLiteral.of(List.of(inner), Function.identity())).isEqualTo("{\"{trust,empathy}\"}");
    }

    @Test
    void noItemsIsTheEmptyArray() {
        assertThat(ArrayLiteral.of(List.<String>of(), Function.identity())).isEqualTo("{}");
    }
}
