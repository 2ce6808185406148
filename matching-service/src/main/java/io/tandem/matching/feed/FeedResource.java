package io.tandem.matching.feed;

import io.tandem.matching.participant.ParticipantFeed;
import io.tandem.matching.proposal.ProposalFeed;
import io.tandem.matching.relationship.RelationshipFeed;
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

/** matching-service's change feeds for analytics; each event is written in the transaction of its change. */
@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "Change feeds for other services, read by cursor; no event is ever skipped. A tenant's `service` "
        + "token reads its tenant's events; the platform identity (role `platform-service`, no tenant claim) reads every tenant's.")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    /** Feeds are read in bulk by analytics' catch-up: large pages, half the round trips and transactions of 1,000. */
    public static final int MAX_LIMIT = 2_000;

    @Inject
    FeedReader reader;

    @GET
    @Path("/relationships")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readRelationshipsFeed", summary = "Relationship events: started, phase-changed, extended, "
            + "agreement-changed, goal-changed, meeting-logged, closed (never journal text, notes or agreement text)")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage relationships(@QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(RelationshipFeed.TYPE, after, limit);
    }

    @GET
    @Path("/participants")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readParticipantsFeed", summary = "Participant events: enrolled, profile-changed, status-changed "
            + "(role, programme, status, self-identified attributes if given, whether a manager is known)")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage participants(@QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(ParticipantFeed.TYPE, after, limit);
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readProposalsFeed", summary = "Proposal events: published, decided (with each side's decision)",
            description = "Each event carries the proposal's state and its compatibility factors at match time (factor, score 0..1000, weight, noData).")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage proposals(@QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(ProposalFeed.TYPE, after, limit);
    }

    @GET
    @Path("/person-erasures")
    @RolesAllowed({Roles.SERVICE, Roles.PLATFORM_SERVICE})
    @Operation(operationId = "readPersonErasuresFeed", summary = "Person-erased events: the person's key (SHA-256 of tenant, newline, "
            + "person id), when, and whether scores were kept; readers erase their copies")
    @APIResponse(responseCode = "200", description = "The next events (possibly none) and the cursor to continue from.")
    public FeedPage personErasures(@QueryParam("after") @Size(max = 100) @Parameter(description = "nextCursor of the previous page; absent for the start.") String after,
                                   @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(io.tandem.support.privacy.PeopleResource.PERSON_ERASED, after, limit);
    }

    private FeedPage page(String type, String after, int limit) {
        FeedReader.Batch batch = reader.read(type, after, limit);
        return new FeedPage(batch.events().stream().map(e -> new FeedPage.Event(e.sequence(), e.tenant(), e.type(), e.occurredAt(), e.data())).toList(),
                batch.nextCursor());
    }
}
