package io.tandem.matching.survey;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** The one survey-service operation matching needs (survey-service's OpenAPI: queryLatestScores). */
@RegisterRestClient(configKey = "survey-service")
@Path("/api/v1/scores/query")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface SurveyScoresApi {

    @POST
    LatestScores query(@HeaderParam("Authorization") String authorization, Query query);

    /** Request body: latest valid scores of these people on one instrument. */
    record Query(String instrumentKey, List<String> personIds, List<String> scales, Integer maxAgeDays) {
    }

    /** What matching reads of the answer; unknown fields are ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record LatestScores(String instrumentKey, List<PersonScores> people, List<String> withoutScores) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record PersonScores(String personId, Map<String, Latest> scores) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Latest(double value, String label) {
    }
}
