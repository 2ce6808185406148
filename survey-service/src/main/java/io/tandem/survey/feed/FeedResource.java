package io.tandem.survey.feed;

import io.tandem.support.feed.FeedReader;
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

@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "Change feeds for other services, read by cursor.")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** Feeds are read in bulk by analytics' catch-up: large pages, half the round trips and transactions of 1,000. */
    public static final int MAX_LIMIT = 2_000;

    @Inject
    FeedReader reader;

    @GET
    @Path("/scored-responses")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readScoredResponsesFeed",
            summary = "Submitted responses with their scores, after a cursor; no event is ever skipped",
            description = "A tenant's `service` token reads its tenant's events; the platform identity (role `platform-service`, no "
                    + "tenant claim) reads every tenant's, each event naming its tenant.")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage scoredResponses(
            @QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(reader.read(Outbox.SCORED_RESPONSE, after, limit));
    }

    @GET
    @Path("/assignments")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readAssignmentsFeed", summary = "Assignments created and cancelled, after a cursor; no event is ever skipped",
            description = "Each event's data: change (created or cancelled), assignmentId, respondentId, instrumentKey, instrumentVersion, "
                    + "programmeId, relationshipId, aboutPersonId, role, wave, dueOn, status, createdAt, cancelledAt. Submissions are on "
                    + "the scored-responses feed. Read as the scored-responses feed is.")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage assignments(
            @QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(reader.read(Outbox.ASSIGNMENT, after, limit));
    }

    @GET
    @Path("/person-erasures")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readPersonErasuresFeed", summary = "Person-erased events: the person's key (SHA-256 of tenant, newline, "
            + "person id), when, and whether scores were kept; readers erase their copies")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage personErasures(
            @QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(reader.read(Outbox.PERSON_ERASED, after, limit));
    }

    private static FeedPage page(FeedReader.Batch batch) {
        return new FeedPage(batch.events().stream().map(e -> new FeedPage.Event(e.sequence(), e.tenant(), e.type(), e.occurredAt(), e.data())).toList(),
                batch.nextCursor());
    }
}
