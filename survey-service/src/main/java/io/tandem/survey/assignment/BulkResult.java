package io.tandem.survey.assignment;

import io.tandem.support.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The outcome of one element of a bulk request, by its position in the request. */
@Schema(name = "BulkAssignmentResult")
public record BulkResult(
        @Schema(description = "Position in the request array, from 0.") int index,
        @Schema(description = "created or refused", enumeration = {"created", "refused"}) String outcome,
        @Schema(nullable = true) AssignmentView assignment,
        @Schema(description = "Why the element was refused; field paths are relative to the element.", maxItems = 100) List<FieldError> errors) {

    static BulkResult created(int index, AssignmentView view) {
        return new BulkResult(index, "created", view, List.of());
    }

    static BulkResult refused(int index, List<FieldError> errors) {
        return new BulkResult(index, "refused", null, errors);
    }
}
