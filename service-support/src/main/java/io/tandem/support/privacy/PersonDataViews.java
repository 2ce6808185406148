package io.tandem.support.privacy;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Answers of the people endpoints. */
public final class PersonDataViews {

    private PersonDataViews() {
    }

    @Schema(name = "PersonData", description = "Everything this service stores that names the person (GDPR Art. 15 and 20): each table's "
            + "rows as JSON objects, column names as keys.")
    public record Export(
            @Schema(maxLength = 200) String personId,
            @Schema(maxLength = 100, description = "The service that answered.") String service,
            Instant exportedAt,
            @Schema(description = "Table name to its rows naming the person (at most 10,000 per table).")
            Map<String, @Size(max = PersonData.MAX_ROWS_PER_TABLE) List<Row>> tables) {
    }

    /** One stored row: column name to value, as the database holds it. */
    @Schema(name = "PersonDataRow", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description = "One stored row: column name to value.", additionalProperties = Schema.True.class)
    public record Row(@com.fasterxml.jackson.annotation.JsonValue Map<String, Object> columns) {
    }

    @Schema(name = "PersonErasure", description = "What an erasure did. Repeating it changes nothing more.")
    public record Erasure(
            @Schema(description = "SHA-256 of tenant, newline and person id, in hex: how person-erased events name the person.", maxLength = 64)
            String personKey,
            @Schema(description = "Rows deleted, emptied or pseudonymised; 0 when nothing named the person (any more).") int rowsChanged,
            @Schema(description = "Whether scores stayed as pseudonymous data.") boolean scoresKept) {
    }
}
