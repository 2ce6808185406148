package io.tandem.survey.psychometrics;

/**
 * One item of a scale, from the complete cases.
 *
 * @param mean                    item mean (reverse keys applied)
 * @param sd                      item standard deviation, n - 1 denominator (R's sd)
 * @param correctedItemTotal      Pearson r of the item with the sum of the other items (psych's r.drop)
 * @param alphaIfDeleted          raw alpha of the scale without this item (psych's alpha.drop raw_alpha)
 * @param standardizedAlphaIfDeleted standardized alpha without this item (alpha.drop std.alpha)
 */
public record ItemStatistics(double mean, double sd, double correctedItemTotal, double alphaIfDeleted,
                             double standardizedAlphaIfDeleted) {
}
