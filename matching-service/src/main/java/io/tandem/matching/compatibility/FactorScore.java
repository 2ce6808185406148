package io.tandem.matching.compatibility;

/**
 * One factor's score (0..1000), its weight in the programme, and why, in words. A factor without data
 * for the pair ({@code noData}) is left out of the pair's score and the other weights are
 * renormalised; its score is then 0 and means nothing.
 */
public record FactorScore(Factor factor, int score, int weight, String explanation, boolean noData) {

    /** The weighted mean of the factors with data, rounded half up; 0 when none with a weight has data. */
    public static int pairScore(Iterable<FactorScore> factors) {
        long weighted = 0;
        long weights = 0;
        for (FactorScore f : factors) {
            if (!f.noData()) {
                weighted += (long) f.score() * f.weight();
                weights += f.weight();
            }
        }
        return weights == 0 ? 0 : (int) ((2 * weighted + weights) / (2 * weights));
    }
}
