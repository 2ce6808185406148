package io.tandem.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, returned as application/problem+json for every error.")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem.", example = "https://tandem.io/problems/validation", maxLength = 200)
        URI type,
        @Schema(description = "Short human summary of the kind of problem.", example = "The request is not valid", maxLength = 200)
        String title,
        @Schema(description = "HTTP status code.", example = "400", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "Human explanation of this occurrence.", example = "2 fields are not valid", maxLength = 4000)
        String detail,
        @Schema(description = "The request path.", example = "/api/v1/programmes", maxLength = 8192)
        String instance,
        @Schema(description = "For validation problems: every offending field.", maxItems = 1000)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
