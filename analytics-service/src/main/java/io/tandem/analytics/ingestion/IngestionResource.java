package io.tandem.analytics.ingestion;

import io.tandem.support.audit.Audited;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;

@Path("/api/v1/ingestion")
@Tag(name = "Ingestion", description = "How the read model keeps up with the survey and matching feeds; pull now; rebuild from zero.")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class IngestionResource {

    @Inject
    FeedCursors cursors;

    @Inject
    Ingestion ingestion;

    @Inject
    Rebuilds rebuilds;

    @ConfigProperty(name = "tandem.ingestion.lag-alert", defaultValue = "PT2M")
    Duration lagAlert;

    @GET
    @Path("/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getIngestionStatus", summary = "Where ingestion stands on every feed, and this tenant's rebuild")
    @APIResponse(responseCode = "200", description = "Per feed: events applied, last pull, lag, failures, the replica holding it.",
            content = @Content(schema = @Schema(implementation = IngestionStatus.class)))
    public IngestionStatus status() {
        Instant now = Instant.now();
        return new IngestionStatus(cursors.status().stream().map(s -> IngestionStatus.of(s, now, lagAlert)).toList(), rebuilds.state());
    }

    @POST
    @Path("/pull")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "pullFeedsNow", summary = "Pull every feed now instead of at the next scheduled pass")
    @APIResponse(responseCode = "200", description = "The status after the pass (a feed another replica holds is pulled there).",
            content = @Content(schema = @Schema(implementation = IngestionStatus.class)))
    public IngestionStatus pull() {
        ingestion.pullNow();
        return status();
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild this tenant's read model from cursor zero of every feed")
    @APIResponse(responseCode = "202", description = "Accepted; the replica holding each feed replays it (status shows when each is done).",
            content = @Content(schema = @Schema(implementation = IngestionStatus.class)))
    @APIResponse(responseCode = "409", description = "A rebuild of this tenant is still running.")
    public Response rebuild() {
        rebuilds.request();
        return Response.accepted(status()).build();
    }
}
