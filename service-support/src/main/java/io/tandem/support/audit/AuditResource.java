package io.tandem.support.audit;

import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The tenant's audit trail of this service, for admins. */
@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Who changed what through this service's API, and which staff read person-level data.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "List audit events, oldest first, with filters")
    @APIResponse(responseCode = "200", description = "One page of audit events.")
    public Page<AuditEventView> list(
            @QueryParam("actor") @Size(max = 200) @Parameter(description = "Only this caller (token subject).") String actor,
            @QueryParam("operation") @Size(max = 100) @Parameter(description = "Only this operation id, e.g. createProgramme.") String operation,
            @QueryParam("resource") @Size(max = 2000) @Parameter(description = "Only resources whose path starts with this, "
                    + "e.g. /api/v1/programmes/{id}.") String resource,
            @QueryParam("from") @Size(max = 40) @Parameter(description = "Only events at or after this instant (ISO-8601, UTC).") String from,
            @QueryParam("to") @Size(max = 40) @Parameter(description = "Only events before this instant (ISO-8601, UTC).") String to,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return trail.search(caller.tenant(), new AuditTrail.Filter(actor, operation, resource, instant("from", from), instant("to", to)),
                cursor, limit);
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant in UTC, e.g. 2026-11-30T09:00:00Z");
        }
    }
}
