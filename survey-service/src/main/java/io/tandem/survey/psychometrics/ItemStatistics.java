package io.tandem.survey.psychometrics;

/**
 * One item of a scale. NaN where a figure is undefined (a constant item has no correlation).
 *
 * @param mean                    item mean over its answers (reverse keys applied)
 * @param sd                      item standard deviation, n - 1 denominator (R's sd)
 * @param correctedItemTotal      r of the item with the sum of the other items, from the covariance matrix (psych's r.drop)
 * @param alphaIfDeleted          raw alpha of the scale without this item (psych's alpha.drop raw_alpha)
 * @param standardizedAlphaIfDeleted standardized alpha without this item (alpha.drop std.alpha)
 * @param constant                the item does not vary: reported, and left out of the correlations
 */
public record ItemStatistics(double mean, double sd, double correctedItemTotal, double alphaIfDeleted,
                             double standardizedAlphaIfDeleted, boolean constant) {
}
