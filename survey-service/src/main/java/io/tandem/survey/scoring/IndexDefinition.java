package io.tandem.survey.scoring;

import java.util.List;

/**
 * A score derived from scale scores or other indices.
 *
 * @param key     index key, e.g. {@code motive-orientation}
 * @param kind    DIFFERENCE (first minus second) or MEAN (of all operands)
 * @param operands keys of scales or indices
 * @param bands   optional labels by value; the first band containing the value names it
 */
public record IndexDefinition(String key, Kind kind, List<String> operands, List<Band> bands) {

    public enum Kind { DIFFERENCE, MEAN }

    public IndexDefinition {
        operands = List.copyOf(operands);
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (kind == Kind.DIFFERENCE && operands.size() != 2) {
            throw new IllegalArgumentException("a difference index takes exactly 2 operands");
        }
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("index " + key + " has no operands");
        }
    }

    /**
     * A labelled interval [from, to); a null bound is open.
     */
    public record Band(String label, Double from, Double to) {

        public boolean contains(double value) {
            return (from == null || value >= from) && (to == null || value < to);
        }
    }
}
