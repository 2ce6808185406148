package io.tandem.support.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AuditEvent", description = "One change made through the API, or one staff read of person-level data.")
public record AuditEventView(
        UUID id,
        @Schema(description = "When the change was committed.") Instant occurredAt,
        @Schema(description = "The caller's token subject: a person id for staff, a client id for systems.", maxLength = 200) String actor,
        @Schema(description = "The caller's roles, comma-separated.", maxLength = 200) String roles,
        @Schema(description = "HTTP method.", maxLength = 10) String method,
        @Schema(description = "The operation's id in this service's OpenAPI document, e.g. createProgramme.", maxLength = 100) String operation,
        @Schema(description = "Path of the resource acted on (for a create: of the created resource).", maxLength = 2000) String resource,
        @Schema(description = "HTTP status of the answer.") int status,
        @Schema(description = "The request's X-Request-Id, to find its log lines.", maxLength = 100) String requestId) {
}
