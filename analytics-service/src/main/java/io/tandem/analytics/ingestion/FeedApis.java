package io.tandem.analytics.ingestion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
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

/**
 * The change feeds analytics reads: survey-service's scored-responses and assignments feeds (read into typed
 * records: they carry nearly every event, and ids and times stay the text PostgreSQL parses), and
 * matching-service's three feeds (read as trees).
 */
final class FeedApis {

    private FeedApis() {
    }

    @RegisterRestClient(configKey = "survey-service")
    @Path("/api/v1/feeds")
    @Produces(MediaType.APPLICATION_JSON)
    interface Survey {
        @GET
        @Path("/scored-responses")
        Page<Scored> scoredResponses(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                                     @QueryParam("limit") int limit);

        @GET
        @Path("/assignments")
        Page<Assignment> assignments(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                                     @QueryParam("limit") int limit);

        @GET
        @Path("/person-erasures")
        Page<JsonNode> personErasures(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                                      @QueryParam("limit") int limit);

        /** Feeds are the platform's own trusted pages, read in bulk: no duplicate-key check per object (bodies from callers keep it). */
        @ClientObjectMapper
        static ObjectMapper feedMapper(ObjectMapper defaults) {
            return FeedApis.bulk(defaults);
        }
    }

    @RegisterRestClient(configKey = "matching-service")
    @Path("/api/v1/feeds")
    @Produces(MediaType.APPLICATION_JSON)
    interface Matching {
        @GET
        @Path("/{feed}")
        Page<JsonNode> read(@HeaderParam("Authorization") String authorization, @PathParam("feed") String feed, @QueryParam("after") String after,
                            @QueryParam("limit") int limit);

        /** Feeds are the platform's own trusted pages, read in bulk: no duplicate-key check per object (bodies from callers keep it). */
        @ClientObjectMapper
        static ObjectMapper feedMapper(ObjectMapper defaults) {
            return FeedApis.bulk(defaults);
        }
    }

    private static volatile ObjectMapper bulk;

    /** One copy of the application's mapper for every feed client (a copy builds its deserializers anew: made once). */
    static ObjectMapper bulk(ObjectMapper defaults) {
        ObjectMapper mapper = bulk;
        if (mapper == null) {
            mapper = defaults.copy().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            bulk = mapper;
        }
        return mapper;
    }

    /** One page of a feed: events in commit-safe order and the cursor to continue from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<D>(List<Event<D>> events, String nextCursor) {
    }

    /** An event; its time stays the text the feed sent until a fact needs it as an instant (most of them never do). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event<D>(long sequence, String tenant, String type, String occurredAt, D data) {
        Instant occurredInstant() {
            return occurredAt == null ? null : Instant.parse(occurredAt);
        }
    }

    /** A scored response (survey-service's ScoredResponseEvent): ids, dates and times as sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scored(String responseId, String assignmentId, String respondentId, String instrumentKey, int instrumentVersion, String programmeId,
                  String relationshipId, String role, String wave, String submittedAt, List<Score> scores, String subjectId, String perspective) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(String key, Double value, String label) {
    }

    /** An assignment's state after a change (survey-service's assignments feed). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignment(String assignmentId, String respondentId, String instrumentKey, int instrumentVersion, String programmeId,
                      String relationshipId, String aboutPersonId, String role, String wave, String dueOn, String status, String createdAt,
                      String cancelledAt) {
    }
}
