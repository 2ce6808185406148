package io.tandem.matching.compatibility;

/**
 * A mentor's two motive scale means from one mentor-motives response, and the answer range of the
 * instrument's items, so motive fit scales by the range actually used (1..7 for the built-in).
 */
public record Motives(double otherFocused, double selfFocused, double scaleMin, double scaleMax) {

    public Motives {
        if (!(scaleMin < scaleMax) || otherFocused < scaleMin || otherFocused > scaleMax || selfFocused < scaleMin || selfFocused > scaleMax) {
            throw new IllegalArgumentException("motive scores must lie within the scale's range");
        }
    }

    /** Other-focused on 0..1 of the range: higher is more other-focused. */
    public double otherShare() {
        return (otherFocused - scaleMin) / (scaleMax - scaleMin);
    }

    /** Self-focused on 0..1 of the range. */
    public double selfShare() {
        return (selfFocused - scaleMin) / (scaleMax - scaleMin);
    }
}
