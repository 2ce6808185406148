package io.tandem.matching.relationship;

import io.tandem.support.audit.Audited;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/relationships")
@Tag(name = "Relationships", description = "Mentoring relationships after the match: phases, history, agreement. Only the two people and "
        + "the tenant's admins and programme managers see one.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class RelationshipResource {

    @Inject
    RelationshipService relationships;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getRelationship", summary = "Read a relationship (mentors and mentees: their own)")
    @APIResponse(responseCode = "200", description = "The relationship.", content = @Content(schema = @Schema(implementation = RelationshipView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") UUID id) {
        Relationship r = relationships.get(id);
        return Responses.ok(r, RelationshipView.of(r));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getRelationshipHistory", summary = "Every phase change and extension: who, when, why")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first.")
    public Page<PhaseChangeView> history(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return relationships.history(id, cursor, limit);
    }

    @GET
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getRelationshipCheckIns", summary = "The check-in waves: baseline, every N weeks, closing and follow-up, "
            + "with dates and what each side answers (the programme's checkIns settings)")
    @APIResponse(responseCode = "200", description = "The plan.")
    public CheckInPlan checkIns(@PathParam("id") UUID id) {
        return relationships.checkIns(id);
    }

    @POST
    @Path("/{id}/phase")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "moveRelationshipPhase", summary = "Move to the next phase, or close (redefinition: continues as peers; ended)")
    @APIResponse(responseCode = "200", description = "The relationship in its new phase.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)), headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "Not an allowed move from the current phase, or the programme is not running.")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                         @Valid @NotNull RelationshipRequests.PhaseMove move) {
        Relationship r = relationships.move(id, ifMatch, move.phase(), move.reason(), move.endReason());
        return Responses.ok(r, RelationshipView.of(r));
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "extendRelationship", summary = "Move the planned end later")
    @APIResponse(responseCode = "200", description = "The relationship with its new planned end.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)), headers = @Header(ref = "ETag"))
    public Response extend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                           @Valid @NotNull RelationshipRequests.Extension extension) {
        Relationship r = relationships.extend(id, ifMatch, extension.plannedEndOn(), extension.reason());
        return Responses.ok(r, RelationshipView.of(r));
    }

    @PUT
    @Path("/{id}/agreement")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "setRelationshipAgreement", summary = "Write the agreement; both sides are asked to confirm it (again)")
    @APIResponse(responseCode = "200", description = "The relationship with its agreement.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)), headers = @Header(ref = "ETag"))
    public Response agree(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                          @Valid @NotNull Agreement agreement) {
        Relationship r = relationships.agree(id, ifMatch, agreement);
        return Responses.ok(r, RelationshipView.of(r));
    }

    @POST
    @Path("/{id}/agreement/confirmation")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "confirmRelationshipAgreement", summary = "The caller (mentor or mentee of the pair) confirms the current agreement")
    @APIResponse(responseCode = "200", description = "The relationship with the confirmation recorded.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)), headers = @Header(ref = "ETag"))
    public Response confirm(@PathParam("id") UUID id) {
        Relationship r = relationships.confirm(id);
        return Responses.ok(r, RelationshipView.of(r));
    }
}
