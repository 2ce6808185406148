package io.tandem.survey.psychometrics;

import java.util.List;

/**
 * Internal consistency of one scale.
 *
 * @param n                     cases used: complete cases, or (pairwise, imputation) responses with at least one answer
 * @param items                 number of items
 * @param missingData           how missing answers were handled
 * @param alpha                 Cronbach's raw alpha
 * @param standardizedAlpha     alpha from the mean inter-item correlation; NaN when an item is constant
 * @param ase                   asymptotic standard error of alpha (Duhachek &amp; Iacobucci 2004, as psych::alpha's ase)
 * @param alphaLower            lower bound of alpha's confidence interval (Feldt)
 * @param alphaUpper            upper bound of alpha's confidence interval (Feldt)
 * @param confidenceLevel       level of that interval, e.g. 0.95
 * @param averageInterItemCorrelation mean of the off-diagonal correlations between varying items (psych's average_r)
 * @param itemStatistics        per item, in the scale's order
 */
public record ScaleReliability(int n, int items, MissingData missingData, double alpha, double standardizedAlpha, double ase,
                               double alphaLower, double alphaUpper, double confidenceLevel, double averageInterItemCorrelation,
                               List<ItemStatistics> itemStatistics) {
}
