package io.tandem.matching.fairness;

/**
 * Wilson's score interval for a proportion x / n (Wilson, 1927), the interval R's
 * {@code prop.test(x, n, correct = FALSE)$conf.int} gives: with p = x / n and z the normal quantile,
 * centre = (p + z²/2n) / (1 + z²/n), half width = z / (1 + z²/n) · sqrt(p(1 - p)/n + z²/4n²).
 * Checked: x = 7, n = 10 gives [0.3968, 0.8922], as R does.
 */
public record WilsonInterval(double low, double high) {

    /** z for a 95% interval. */
    public static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(int successes, int trials, double z) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0");
        }
        double p = (double) successes / trials;
        double z2 = z * z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
