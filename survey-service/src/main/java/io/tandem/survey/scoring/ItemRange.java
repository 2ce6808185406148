package io.tandem.survey.scoring;

/** The answer range of a numeric item; reverse keying maps x to min + max - x on it. */
public record ItemRange(double min, double max) {

    public ItemRange {
        if (!(min < max)) {
            throw new IllegalArgumentException("min must be below max");
        }
    }

    public double reverse(double value) {
        return min + max - value;
    }
}
