package io.tandem.survey.reliability;

import io.tandem.survey.psychometrics.MissingData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The missing-data rule as the API names it. */
@Schema(name = "MissingDataRule", enumeration = {"complete-cases", "pairwise", "median-imputation"})
public enum MissingDataRule {
    COMPLETE_CASES(MissingData.COMPLETE_CASES), PAIRWISE(MissingData.PAIRWISE), MEDIAN_IMPUTATION(MissingData.MEDIAN_IMPUTATION);

    final MissingData mode;

    MissingDataRule(MissingData mode) {
        this.mode = mode;
    }

    /** Query parameter form: complete-cases, pairwise, median-imputation. */
    public static MissingDataRule fromString(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
