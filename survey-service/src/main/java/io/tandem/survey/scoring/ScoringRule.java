package io.tandem.survey.scoring;

/**
 * MEAN: the mean of the answered items. SUM: the mean of the answered items times the number of
 * items (a prorated sum), so that a respondent who skipped an allowed item is not scored lower.
 */
public enum ScoringRule {
    MEAN, SUM
}
