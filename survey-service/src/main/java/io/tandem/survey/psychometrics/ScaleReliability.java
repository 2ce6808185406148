package io.tandem.survey.psychometrics;

import java.util.List;

/**
 * Internal consistency of one scale, computed from complete cases (listwise deletion).
 *
 * @param n                     complete cases used
 * @param items                 number of items
 * @param alpha                 Cronbach's raw alpha
 * @param standardizedAlpha     alpha from the mean inter-item correlation
 * @param alphaLower            lower bound of alpha's confidence interval (Feldt)
 * @param alphaUpper            upper bound of alpha's confidence interval (Feldt)
 * @param confidenceLevel       level of that interval, e.g. 0.95
 * @param averageInterItemCorrelation mean of the off-diagonal correlations (psych's average_r)
 * @param itemStatistics        per item, in the scale's order
 */
public record ScaleReliability(int n, int items, double alpha, double standardizedAlpha, double alphaLower,
                               double alphaUpper, double confidenceLevel, double averageInterItemCorrelation,
                               List<ItemStatistics> itemStatistics) {
}
