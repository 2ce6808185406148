package io.tandem.matching.relationship;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A programme's relationships; a path of its own, beside the programme resource that owns /api/v1/programmes. */
@Path("/api/v1/programmes/{programmeId}/relationships")
@Tag(name = "Relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class ProgrammeRelationshipResource {

    @Inject
    RelationshipService relationships;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
        @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "recordInformalRelationship",
            summary = "Record a pair that formed outside a run (while the programme runs); the same pair again answers the existing one")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)))
    @APIResponse(responseCode = "200", description = "The pair already has a relationship in this programme: that one.",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)), headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The programme is not running.")
    public Response record(@PathParam("programmeId") UUID programmeId, @Valid @NotNull RelationshipRequests.InformalPair pair,
                           @Context UriInfo uri) {
        RelationshipService.Started started = relationships.recordInformal(programmeId, pair.mentorId(), pair.menteeId(), pair.note());
        Relationship r = started.relationship();
        if (!started.created()) {
            return Responses.ok(r, RelationshipView.of(r));
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/relationships").path(r.id.toString()).build())
                .header(HttpHeaders.ETAG, r.etag()).entity(RelationshipView.of(r)).build();
    }

    @GET
        @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "listProgrammeRelationships", summary = "A programme's relationships, optionally in one phase")
    @APIResponse(responseCode = "200", description = "One page of relationships.")
    public Page<RelationshipView> ofProgramme(@PathParam("programmeId") UUID programmeId, @QueryParam("phase") RelationshipPhase phase,
                                              @QueryParam("cursor") @Size(max = 200) String cursor,
                                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return relationships.ofProgramme(programmeId, phase, cursor, limit);
    }
}
