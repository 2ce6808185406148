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

/** Shared goals of a relationship: owned by either side, with progress notes by either side. */
@Path("/api/v1/relationships/{id}/goals")
@Tag(name = "Relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class GoalResource {

    @Inject
    RelationshipActivities activities;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "addRelationshipGoal", summary = "Add a goal owned by the mentee or by the mentor")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag are set.",
            content = @Content(schema = @Schema(implementation = ActivityViews.GoalView.class)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull ActivityRequests.GoalDraft draft, @Context UriInfo uri) {
        Goal goal = activities.addGoal(id, draft);
        return Responses.created(uri, goal, ActivityViews.GoalView.of(goal));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listRelationshipGoals", summary = "The relationship's goals with their notes")
    @APIResponse(responseCode = "200", description = "One page of goals.")
    public Page<ActivityViews.GoalView> list(@PathParam("id") UUID id, @QueryParam("cursor") @Size(max = 200) String cursor,
                                             @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return activities.goals(id, cursor, limit);
    }

    @PUT
    @Path("/{goalId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "changeRelationshipGoal", summary = "Change a goal's description, target date or status (open, in-progress, achieved, dropped)")
    @APIResponse(responseCode = "200", description = "The changed goal.",
            content = @Content(schema = @Schema(implementation = ActivityViews.GoalView.class)), headers = @Header(ref = "ETag"))
    public Response change(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch, @Valid @NotNull ActivityRequests.GoalDraft draft) {
        Goal goal = activities.changeGoal(id, goalId, ifMatch, draft);
        return Responses.ok(goal, ActivityViews.GoalView.of(goal));
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/{goalId}/notes")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "addGoalNote", summary = "Add a progress note (the mentor or mentee of the pair)")
    @APIResponse(responseCode = "200", description = "The goal with the new note.",
            content = @Content(schema = @Schema(implementation = ActivityViews.GoalView.class)), headers = @Header(ref = "ETag"))
    public Response note(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @Valid @NotNull ActivityRequests.NoteDraft note) {
        Goal goal = activities.addNote(id, goalId, note.text());
        return Responses.ok(goal, ActivityViews.GoalView.of(goal));
    }
}
