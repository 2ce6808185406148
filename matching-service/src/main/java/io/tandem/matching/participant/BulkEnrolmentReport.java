package io.tandem.matching.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BulkEnrolmentReport", description = "Per-row outcome; valid rows are stored even when others are refused.")
public record BulkEnrolmentReport(int created, int updated, int refused,
                                  @Schema(maxItems = ParticipantService.MAX_BULK) List<BulkRowResult> rows) {

    static BulkEnrolmentReport of(List<BulkRowResult> rows) {
        int created = (int) rows.stream().filter(r -> r.outcome().equals("created")).count();
        int updated = (int) rows.stream().filter(r -> r.outcome().equals("updated")).count();
        return new BulkEnrolmentReport(created, updated, rows.size() - created - updated, rows);
    }
}
