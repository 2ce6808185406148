package io.tandem.survey.definition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The questions and scoring of one instrument version. */
@Schema(name = "InstrumentDefinition", description = "Items in display order, scales and derived indices.")
public record InstrumentDefinition(
        @Size(max = Limits.MAX_ITEMS) List<@Valid @NotNull Item> items,
        @Size(max = Limits.MAX_SCALES) List<@Valid @NotNull Scale> scales,
        @Size(max = Limits.MAX_INDICES) List<@Valid @NotNull Index> indices) {

    public static final InstrumentDefinition EMPTY = new InstrumentDefinition(List.of(), List.of(), List.of());

    public InstrumentDefinition {
        items = items == null ? List.of() : items;
        scales = scales == null ? List.of() : scales;
        indices = indices == null ? List.of() : indices;
    }
}
