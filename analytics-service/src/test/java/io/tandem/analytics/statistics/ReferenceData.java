package io.tandem.analytics.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the public reference data sets in test resources (reference/SOURCES.md): unquoted CSV, a header row. */
final class ReferenceData {

    private ReferenceData() {
    }

    static List<Map<String, String>> read(String name) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ReferenceData.class.getResourceAsStream("/reference/" + name), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
