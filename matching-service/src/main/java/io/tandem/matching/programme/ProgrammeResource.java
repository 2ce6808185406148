package io.tandem.matching.programme;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import java.util.UUID;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "Mentoring programmes and their settings.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "createProgramme", summary = "Create a programme in status draft")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set.",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response create(@Valid @NotNull ProgrammeDraft draft, @Context UriInfo uri) {
        Programme created = programmes.create(draft);
        return Responses.created(uri, created, ProgrammeView.of(created));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION})
    @Operation(operationId = "getProgramme", summary = "Read one programme")
    @APIResponse(responseCode = "200", description = "The programme.",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") @Parameter(description = "Programme id (UUID).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID id) {
        Programme programme = programmes.get(id);
        return Responses.ok(programme, ProgrammeView.of(programme));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "replaceProgramme", summary = "Replace a programme's details and matching settings (If-Match)")
    @APIResponse(responseCode = "200", description = "The changed programme.",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "Closed, or a type change after the draft stage.")
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch, @Valid @NotNull ProgrammeDraft draft) {
        Programme programme = programmes.replace(id, ifMatch, draft);
        return Responses.ok(programme, ProgrammeView.of(programme));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "changeProgrammeStatus",
            summary = "Move the programme to its next status (draft, enrolling, matching, running, closed; matching may return to enrolling)")
    @APIResponse(responseCode = "200", description = "The programme in its new status.",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "That step is not allowed from the current status.")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch, @Valid @NotNull StatusChange change) {
        Programme programme = programmes.transition(id, ifMatch, change.status());
        return Responses.ok(programme, ProgrammeView.of(programme));
    }

    /** The status to move to. */
    @Schema(name = "ProgrammeStatusChange", example = "{\"status\": \"enrolling\"}")
    public record StatusChange(@NotNull ProgrammeStatus status) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION})
    @Operation(operationId = "listProgrammes", summary = "List the tenant's programmes, oldest first")
    @APIResponse(responseCode = "200", description = "One page of programmes.")
    public Page<ProgrammeView> list(
            @QueryParam("status") @Parameter(description = "Only programmes in this status.") ProgrammeStatus status,
            @QueryParam("cursor") @jakarta.validation.constraints.Size(max = 200) @Parameter(description = "nextCursor of the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return programmes.list(status, cursor, limit);
    }
}
