package io.tandem.survey.scoring;

/**
 * One computed scale or index score. {@code value} is null when there is no valid score, and
 * {@code missingReason} then says why.
 *
 * @param answered items answered (scales) or operands available (indices)
 * @param expected items in the scale or operands of the index
 * @param low      lower end of the value's interval, for an index with an uncertainty; else null
 * @param high     upper end of that interval
 */
public record Score(String key, Double value, String label, int answered, int expected, String missingReason, Double low, Double high) {

    public Score(String key, Double value, String label, int answered, int expected, String missingReason) {
        this(key, value, label, answered, expected, missingReason, null, null);
    }

    static Score valid(String key, double value, String label, int answered, int expected) {
        return new Score(key, value, label, answered, expected, null);
    }

    static Score missing(String key, int answered, int expected, String reason) {
        return new Score(key, null, null, answered, expected, reason);
    }

    public boolean isValid() {
        return value != null;
    }
}
