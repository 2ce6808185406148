package io.tandem.survey.psychometrics;

/**
 * How answers missing from enabled items are handled (items disabled by skip logic are not missing:
 * they never reach the engine).
 * <ul>
 *   <li>COMPLETE_CASES: a response counts only when it answered every item of the scale (listwise).</li>
 *   <li>PAIRWISE: each covariance and correlation from the responses that answered both items, with
 *       that pair's own means and SDs: R's {@code cov/cor(use = "pairwise")}, psych::alpha's default.</li>
 *   <li>MEDIAN_IMPUTATION: a missing answer takes the item's median: psych::scoreItems' default.</li>
 * </ul>
 */
public enum MissingData {
    COMPLETE_CASES, PAIRWISE, MEDIAN_IMPUTATION
}
