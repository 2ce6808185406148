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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The reflection journal: an entry is its author's, shared only with the other side, never with staff. */
@Path("/api/v1/relationships/{id}/journal")
@Tag(name = "Relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class JournalResource {

    @Inject
    RelationshipActivities activities;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "writeJournalEntry", summary = "Write a reflection (private unless shared with the other side)")
    @APIResponse(responseCode = "201", description = "Written; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ActivityViews.JournalView.class)))
    public Response write(@PathParam("id") UUID id, @Valid @NotNull ActivityRequests.JournalDraft draft, @Context UriInfo uri) {
        JournalEntry entry = activities.write(id, draft);
        return Responses.created(uri, entry, ActivityViews.JournalView.of(entry));
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listJournalEntries", summary = "The caller's own entries and those the other side shared")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    public Page<ActivityViews.JournalView> list(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
                                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return activities.journal(id, cursor, limit);
    }

    @PUT
    @Path("/{entryId}")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "rewriteJournalEntry", summary = "Change your own entry's text or whether the other side may read it")
    @APIResponse(responseCode = "200", description = "The entry.",
            content = @Content(schema = @Schema(implementation = ActivityViews.JournalView.class)), headers = @Header(ref = "ETag"))
    public Response rewrite(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch, @Valid @NotNull ActivityRequests.JournalDraft draft) {
        JournalEntry entry = activities.rewrite(id, entryId, ifMatch, draft);
        return Responses.ok(entry, ActivityViews.JournalView.of(entry));
    }
}
