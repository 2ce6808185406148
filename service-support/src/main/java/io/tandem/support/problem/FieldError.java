package io.tandem.support.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a refused request: a JSON path such as {@code items[2].text} and why. */
@Schema(description = "One offending field of a refused request.")
public record FieldError(
        @Schema(description = "Path of the field in the request, e.g. `items[2].text`, or a parameter name.", example = "name", maxLength = 500)
        String field,
        @Schema(description = "What is wrong with it.", example = "must not be blank", maxLength = 2000)
        String message) {
}
