package io.tandem.survey.scoring;

import org.apache.commons.statistics.distribution.NormalDistribution;

import java.util.List;

/**
 * A score derived from scale scores or other indices.
 *
 * @param key         index key, e.g. {@code motive-orientation}
 * @param kind        DIFFERENCE (first minus second) or MEAN (of all operands)
 * @param operands    keys of scales or indices
 * @param bands       optional labels by value; the first band containing the value names it
 * @param uncertainty optional, differences only: label only when the whole interval lies in one band
 */
public record IndexDefinition(String key, Kind kind, List<String> operands, List<Band> bands, Uncertainty uncertainty) {

    public enum Kind { DIFFERENCE, MEAN }

    public IndexDefinition(String key, Kind kind, List<String> operands, List<Band> bands) {
        this(key, kind, operands, bands, null);
    }

    public IndexDefinition {
        if (uncertainty != null && kind != Kind.DIFFERENCE) {
            throw new IllegalArgumentException("only a difference index has an uncertainty interval");
        }
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

        boolean containsAll(double low, double high) {
            return (from == null || low >= from) && (to == null || high < to);
        }
    }

    /**
     * How sure a person's difference score is, from classical test theory: each operand's standard
     * error of measurement is {@code sd * sqrt(1 - reliability)}, the difference's is the root of
     * their summed squares, {@code sd * sqrt(2 * (1 - reliability))} for operands on one metric
     * (Crocker &amp; Algina, 1986, ch. 7; Lord &amp; Novick, 1968, on difference scores). The interval is
     * {@code d +- z(level) * SE}. A band's label is given only when the whole interval lies in it;
     * otherwise {@code uncertainLabel}.
     *
     * @param level          e.g. 0.95
     * @param reliability    of each operand scale (e.g. Cronbach's alpha in the population), in [0, 1)
     * @param sd             standard deviation of each operand scale in the population, above 0
     * @param uncertainLabel e.g. {@code balanced-or-uncertain}
     */
    public record Uncertainty(double level, double reliability, double sd, String uncertainLabel) {

        public Uncertainty {
            if (!(level > 0 && level < 1) || !(reliability >= 0 && reliability < 1) || !(sd > 0)) {
                throw new IllegalArgumentException("level in (0, 1), reliability in [0, 1) and sd above 0");
            }
        }

        public double halfWidth() {
            double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
            return z * sd * Math.sqrt(2 * (1 - reliability));
        }
    }
}
