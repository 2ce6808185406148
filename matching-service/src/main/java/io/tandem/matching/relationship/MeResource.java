package io.tandem.matching.relationship;

import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** What a mentor or mentee reads about themselves, with their own token (mobile apps). */
@Path("/api/v1/me")
@Tag(name = "Me", description = "A mentor's or mentee's own relationships, programmes and proposals.")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    RelationshipService relationships;

    @GET
    @Path("/relationships")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listMyRelationships", summary = "The caller's own relationships, as mentor or mentee")
    @APIResponse(responseCode = "200", description = "One page of relationships.")
    public Page<RelationshipView> mine(@QueryParam("cursor") @Size(max = 200) String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return relationships.mine(cursor, limit);
    }
}
