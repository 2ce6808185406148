package io.tandem.survey.instrument;

import io.tandem.survey.definition.InstrumentDefinition;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One instrument version, the tenant's own or built-in, as the rest of the service sees it. */
public record InstrumentVersion(
        UUID id,
        String key,
        int version,
        InstrumentStatus status,
        boolean builtIn,
        String defaultLocale,
        Map<String, String> title,
        Map<String, String> description,
        InstrumentDefinition definition,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant retiredAt,
        String etag) {
}
