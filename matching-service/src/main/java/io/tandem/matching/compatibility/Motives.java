package io.tandem.matching.compatibility;

/**
 * A mentor's latest mentor-motives scale means on the instrument's 1..7 agreement range.
 *
 * @param personalLearning   the self-focused sub-motive "personal learning"; null when not scored
 * @param careerAdvancement  null when not scored
 * @param recognition        null when not scored
 */
public record Motives(double otherFocused, double selfFocused, Double personalLearning, Double careerAdvancement,
                      Double recognition) {

    public static final double SCALE_MIN = 1;
    public static final double SCALE_MAX = 7;

    /** Other-focused minus self-focused, -6..6. */
    public double orientation() {
        return otherFocused - selfFocused;
    }

    /** Self-focused, with personal learning as the strongest self-focused motive. */
    public boolean learningDriven() {
        return orientation() < 0 && personalLearning != null
                && (careerAdvancement == null || personalLearning >= careerAdvancement)
                && (recognition == null || personalLearning >= recognition);
    }
}
