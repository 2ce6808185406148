package io.tandem.analytics.ingestion;

import java.util.List;
import java.util.function.Function;

/**
 * A PostgreSQL array literal ({@code {"a","b",NULL}}) of one field of each item, for a value that is itself an array inside an
 * unnest() of a page's rows. Every element is quoted (backslash and double quote escaped), so any text survives; null is NULL.
 */
final class ArrayLiteral {

    private ArrayLiteral() {
    }

    static <T> String of(List<T> items, Function<T, String> field) {
        StringBuilder literal = new StringBuilder(16 + 12 * items.size()).append('{');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            String value = field.apply(items.get(i));
            if (value == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
