package io.tandem.analytics.export;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts a wave's answers into the export's score columns. The answers come as one text, oldest first, of
 * {@code side.perspective.instrument|key,key,…|value,value,…} parts joined by semicolons (keys hold only letters,
 * digits and dashes; a missing value is empty), so the newest answer of the wave stays. Each distinct
 * {@code side.perspective.instrument|keys} header is resolved to its columns once per export: a handful of
 * headers serve hundreds of thousands of answers. Plain Java.
 */
final class ScoreCells {

    private final Map<String, Integer> index;
    /**
     * The headers met so far by their hash (String's own, computed in place over the answer's text), so an answer finds its
     * columns with one pass over its header and one comparison, not a comparison with every header in turn (that was half of
     * the export's formatting time). Bounded: past that many distinct headers they are resolved each time.
     */
    private final Map<Integer, java.util.List<Header>> headers = new HashMap<>();
    private int known;
    private static final int MAX_HEADERS = 4_096;

    private record Header(String text, int[] columns) {
    }

    /** @param index each score column's position in the row, by its name ({@code side.perspective.instrument.scale}) */
    ScoreCells(Map<String, Integer> index) {
        this.index = index;
    }

    void fill(String[] row, String answers) {
        int length = answers.length();
        int start = 0;
        while (start < length) {
            int end = answers.indexOf(';', start);
            if (end < 0) {
                end = length;
            }
            int bar = answers.lastIndexOf('|', end - 1);
            if (bar > start) {
                int[] columns = columns(answers, start, bar);
                int from = bar + 1;
                for (int i = 0; i < columns.length && from <= end; i++) {
                    int comma = answers.indexOf(',', from);
                    if (comma < 0 || comma > end) {
                        comma = end;
                    }
                    if (columns[i] >= 0 && comma > from) {
                        row[columns[i]] = number(answers, from, comma);
                    }
                    from = comma + 1;
                }
            }
            start = end + 1;
        }
    }

    private int[] columns(String answers, int start, int bar) {
        int hash = 0;
        for (int i = start; i < bar; i++) {
            hash = 31 * hash + answers.charAt(i);
        }
        int length = bar - start;
        java.util.List<Header> sameHash = headers.get(hash);
        if (sameHash != null) {
            for (Header header : sameHash) {
                if (header.text().length() == length && answers.regionMatches(start, header.text(), 0, length)) {
                    return header.columns();
                }
            }
        }
        String text = answers.substring(start, bar);
        int[] columns = columnsOf(text);
        if (known < MAX_HEADERS) {
            headers.computeIfAbsent(hash, h -> new java.util.ArrayList<>(1)).add(new Header(text, columns));
            known++;
        }
        return columns;
    }

    /** Per key of the header, its column, or -1 when the export has none for it. */
    private int[] columnsOf(String header) {
        int bar = header.indexOf('|');
        if (bar < 0 || bar == header.length() - 1) {
            return new int[0];
        }
        String prefix = header.substring(0, bar + 1).replace('|', '.');
        String[] keys = header.substring(bar + 1).split(",");
        int[] columns = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            columns[i] = index.getOrDefault(prefix + keys[i], -1);
        }
        return columns;
    }

    /**
     * A score as PostgreSQL wrote it (the shortest text that reads back as the same double), with a decimal point as Java writes a
     * double ("5" becomes "5.0"); anything but plain decimal digits goes through a double.
     */
    static String number(String text, int from, int to) {
        boolean point = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if ((c < '0' || c > '9') && !(c == '-' && i == from)) {
                return Double.toString(Double.parseDouble(text.substring(from, to)));
            }
        }
        String plain = text.substring(from, to);
        return point ? plain : plain + ".0";
    }
}
