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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The meetings and activity log of a relationship; the latest date drives inactivity reports. */
@Path("/api/v1/relationships/{id}/meetings")
@Tag(name = "Relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class MeetingResource {

    @Inject
    RelationshipActivities activities;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "logRelationshipMeeting", summary = "Log a meeting that took place")
    @APIResponse(responseCode = "201", description = "Logged; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ActivityViews.MeetingView.class)))
    public Response log(@PathParam("id") UUID id, @Valid @NotNull ActivityRequests.MeetingDraft draft, @Context UriInfo uri) {
        Meeting meeting = activities.logMeeting(id, draft);
        return Responses.created(uri, meeting, ActivityViews.MeetingView.of(meeting));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listRelationshipMeetings", summary = "The relationship's meetings, in the order they were logged")
    @APIResponse(responseCode = "200", description = "One page of meetings.")
    public Page<ActivityViews.MeetingView> list(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
                                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return activities.meetings(id, cursor, limit);
    }
}
