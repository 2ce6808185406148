package io.tandem.analytics.ingestion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;

/** The change feeds analytics reads: survey-service's readScoredResponsesFeed, matching-service's three feeds. */
final class FeedApis {

    private FeedApis() {
    }

    @RegisterRestClient(configKey = "survey-service")
    @Path("/api/v1/feeds")
    @Produces(MediaType.APPLICATION_JSON)
    interface Survey {
        @GET
        @Path("/{feed}")
        Page read(@HeaderParam("Authorization") String authorization, @PathParam("feed") String feed, @QueryParam("after") String after,
                  @QueryParam("limit") int limit);
    }

    @RegisterRestClient(configKey = "matching-service")
    @Path("/api/v1/feeds")
    @Produces(MediaType.APPLICATION_JSON)
    interface Matching {
        @GET
        @Path("/{feed}")
        Page read(@HeaderParam("Authorization") String authorization, @PathParam("feed") String feed, @QueryParam("after") String after,
                  @QueryParam("limit") int limit);
    }

    /** One page of a feed: events in commit-safe order and the cursor to continue from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Event> events, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(long sequence, String tenant, String type, Instant occurredAt, JsonNode data) {
    }
}
