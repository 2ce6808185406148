package io.tandem.survey.instrument;

import io.tandem.survey.definition.Limits;
import jakarta.validation.constraints.Size;

import io.tandem.survey.definition.InstrumentDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An instrument version as the API shows it, with texts in every locale. */
@Schema(name = "Instrument", description = "One version of an instrument, with texts in every locale.")
public record InstrumentView(
        UUID id,
        @Schema(example = "onboarding-pulse", maxLength = Limits.KEY_LENGTH) String key,
        @Schema(example = "1") int version,
        InstrumentStatus status,
        @Schema(description = "True for Tandem's built-in library, which every tenant reads and none may change.")
        boolean builtIn,
        @Schema(example = "en", maxLength = Limits.LOCALE_LENGTH) String defaultLocale,
        Map<String, @Size(max = InstrumentDraft.MAX_TITLE) String> title,
        Map<String, @Size(max = InstrumentDraft.MAX_DESCRIPTION) String> description,
        InstrumentDefinition definition,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) Instant retiredAt) {

    static InstrumentView of(InstrumentVersion v) {
        return new InstrumentView(v.id(), v.key(), v.version(), v.status(), v.builtIn(), v.defaultLocale(), v.title(),
                v.description(), v.definition(), v.createdAt(), v.updatedAt(), v.publishedAt(), v.retiredAt());
    }

    static InstrumentView of(Instrument i) {
        return of(i.toVersion());
    }
}
