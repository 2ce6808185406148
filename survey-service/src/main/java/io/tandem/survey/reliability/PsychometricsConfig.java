package io.tandem.survey.reliability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * When the psychometrics report gives figures. The defaults follow common practice: alpha from at
 * least 3 items and 10 complete responses, with a 95% Feldt interval.
 */
@ConfigMapping(prefix = "tandem.psychometrics")
public interface PsychometricsConfig {

    /** Fewest items a scale needs for a reliability figure (alpha is defined from 2). */
    @WithDefault("3")
    @Min(2)
    int minItems();

    /** Fewest complete responses a scale needs for a reliability figure. */
    @WithDefault("10")
    @Min(3)
    int minResponses();

    /** Confidence level of the alpha interval. */
    @WithDefault("0.95")
    @DecimalMin(value = "0.5", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    double confidenceLevel();
}
