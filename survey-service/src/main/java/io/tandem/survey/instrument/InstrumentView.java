package io.tandem.survey.instrument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An instrument version as the API shows it. */
@Schema(name = "Instrument", description = "One version of an instrument.")
public record InstrumentView(
        UUID id,
        @Schema(example = "onboarding-pulse") String key,
        @Schema(example = "1") int version,
        InstrumentStatus status,
        @Schema(example = "en") String defaultLocale,
        Map<String, String> title,
        Map<String, String> description,
        Instant createdAt,
        Instant updatedAt) {

    static InstrumentView of(Instrument i) {
        return new InstrumentView(i.id, i.instrumentKey, i.versionNumber, i.status, i.defaultLocale, i.title, i.description,
                i.createdAt, i.updatedAt);
    }
}
