package io.tandem.survey.assignment;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import io.tandem.survey.definition.Limits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/assignments")
@Tag(name = "Assignments", description = "Who answers which instrument, in which context, by when.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE})
    @Operation(operationId = "createAssignment", summary = "Assign an instrument version to one person")
    @APIResponse(responseCode = "201", description = "Created; a repeated Idempotency-Key answers with the assignment created the first time.",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "422", description = "The instrument has no such published version, or it is retired.")
    public Response create(@HeaderParam("Idempotency-Key") @Size(max = 200) @Parameter(description = "Any unique string per intended create.")
                           String idempotencyKey,
                           @Valid @NotNull AssignmentRequest request, @Context UriInfo uri) {
        AssignmentService.Created created = assignments.create(request, idempotencyKey);
        return Responses.created(uri, created.assignment(), AssignmentView.of(created.assignment()));
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE})
    @Operation(operationId = "createAssignmentsInBulk", summary = "Assign in bulk (up to 5,000 per call), with a result per element")
    @APIResponse(responseCode = "200", description = "Each element's outcome by position; valid elements are created. A call repeated "
            + "with the same Idempotency-Key creates nothing twice: element i answers with the assignment the first call created for it.",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public BulkReport createAll(@HeaderParam("Idempotency-Key") @Size(max = 150)
                                @Parameter(description = "Any unique string per intended bulk call; applies to each element by its position.")
                                String idempotencyKey,
                                @NotNull @Size(min = 1, max = AssignmentService.MAX_BULK) List<AssignmentRequest> requests) {
        return assignments.createAll(requests, idempotencyKey);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getAssignment", summary = "Read one assignment (mentors and mentees: their own only)")
    @APIResponse(responseCode = "200", description = "The assignment.", content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") UUID id) {
        Assignment assignment = assignments.get(id);
        return Responses.ok(assignment, AssignmentView.of(assignment));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listAssignments",
            summary = "List assignments, oldest first; a mentor or mentee sees only their own")
    @APIResponse(responseCode = "200", description = "One page of assignments.")
    public Page<AssignmentView> list(
            @QueryParam("respondentId") @Size(max = AssignmentRequest.MAX_PERSON_ID) String respondentId,
            @QueryParam("status") @Parameter(description = "e.g. open for a respondent's to-do list.") AssignmentStatus status,
            @QueryParam("programmeId") UUID programmeId,
            @QueryParam("instrumentKey") @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not an instrument key") String instrumentKey,
            @QueryParam("relationshipId") UUID relationshipId,
            @QueryParam("wave") @Size(max = AssignmentRequest.MAX_WAVE) String wave,
            @QueryParam("overdue") @Parameter(description = "true: open assignments past their due date (UTC), e.g. a programme's overdue "
                    + "check-ins for its managers; false: the others.")
            @Pattern(regexp = "true|false", message = "must be true or false") @Size(max = 5) String overdue,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return assignments.list(new AssignmentService.Search(respondentId, status, programmeId, instrumentKey, relationshipId, wave,
                        overdue == null ? null : Boolean.valueOf(overdue)),
                cursor, limit);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD) // no body: any or no content type will do
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE})
    @Operation(operationId = "cancelAssignment", summary = "Cancel an open assignment")
    @APIResponse(responseCode = "200", description = "The cancelled assignment.", content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The assignment is already submitted or cancelled.")
    public Response cancel(@PathParam("id") UUID id) {
        Assignment cancelled = assignments.cancel(id);
        return Responses.ok(cancelled, AssignmentView.of(cancelled));
    }
}
