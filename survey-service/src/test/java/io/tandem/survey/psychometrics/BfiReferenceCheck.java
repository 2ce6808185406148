package io.tandem.survey.psychometrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a check run by hand (survey-service/bench/psychometrics-reference.sh) against R's
 * psych::bfi in ../shared/reference, whose licence keeps it out of this repository. Prints each
 * Big-Five scale's reliability under each missing-data rule (listwise over all 25 items, complete
 * cases per scale, pairwise, median imputation), for comparison with the published figures listed in
 * docs/psychometrics.md.
 */
public final class BfiReferenceCheck {

    private static final String[][] SCALES = {
            {"-A1", "A2", "A3", "A4", "A5"}, {"C1", "C2", "C3", "-C4", "-C5"}, {"-E1", "-E2", "E3", "E4", "E5"},
            {"N1", "N2", "N3", "N4", "N5"}, {"O1", "-O2", "O3", "O4", "-O5"}};

    private BfiReferenceCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String[] header = lines.get(0).replace("\"", "").split(",");
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        List<String[]> records = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        for (String rule : List.of("all 25 items complete", "scale complete")) {
            System.out.println("Complete cases: " + rule);
            for (String[] scale : SCALES) {
                List<double[]> rows = new ArrayList<>();
                for (String[] record : records) {
                    if (complete(record, rule.startsWith("all") ? allItems() : scale, column)) {
                        rows.add(scored(record, scale, column));
                    }
                }
                print(scale, Reliability.analyse(rows.toArray(new double[0][]), 0.95));
            }
        }
        for (MissingData mode : List.of(MissingData.PAIRWISE, MissingData.MEDIAN_IMPUTATION)) {
            System.out.println("Every row, " + mode);
            for (String[] scale : SCALES) {
                double[][] data = records.stream().map(r -> scored(r, scale, column)).toArray(double[][]::new);
                print(scale, Reliability.analyse(data, mode, 0.95));
            }
        }
    }

    private static void print(String[] scale, ScaleReliability r) {
        StringBuilder items = new StringBuilder();
        r.itemStatistics().forEach(i -> items.append(String.format(" %.4f/%.4f", i.correctedItemTotal(), i.alphaIfDeleted())));
        System.out.printf("  %-3s n=%d alpha=%.4f std.alpha=%.4f ase=%.4f average_r=%.4f Feldt 95%% [%.4f, %.4f]; r.drop/alpha.drop%s%n",
                scale[0].replace("-", "").substring(0, 1), r.n(), r.alpha(), r.standardizedAlpha(), r.ase(),
                r.averageInterItemCorrelation(), r.alphaLower(), r.alphaUpper(), items);
    }

    private static String[] allItems() {
        List<String> all = new ArrayList<>();
        for (String[] scale : SCALES) {
            all.addAll(List.of(scale));
        }
        return all.toArray(new String[0]);
    }

    private static boolean complete(String[] record, String[] items, Map<String, Integer> column) {
        for (String item : items) {
            if (record[column.get(item.replace("-", ""))].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** bfi items are 1–6; a reversed item scores 7 - x (max + min - x); a missing answer is NaN. */
    private static double[] scored(String[] record, String[] scale, Map<String, Integer> column) {
        double[] row = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            String cell = record[column.get(scale[i].replace("-", ""))];
            double value = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            row[i] = scale[i].startsWith("-") ? 7 - value : value;
        }
        return row;
    }
}
