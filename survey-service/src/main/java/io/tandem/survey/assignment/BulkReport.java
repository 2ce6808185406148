package io.tandem.survey.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BulkAssignmentReport", description = "Every element's outcome; valid elements are created even when others are refused.")
public record BulkReport(int created, int refused, @Schema(maxItems = AssignmentService.MAX_BULK) List<BulkResult> results) {

    static BulkReport of(List<BulkResult> results) {
        int created = (int) results.stream().filter(r -> r.assignment() != null).count();
        return new BulkReport(created, results.size() - created, results);
    }
}
