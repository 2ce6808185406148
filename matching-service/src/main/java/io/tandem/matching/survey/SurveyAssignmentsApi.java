package io.tandem.matching.survey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** The survey-service assignment operations the check-in worker uses (createAssignmentsInBulk, listAssignments, cancelAssignment). */
@RegisterRestClient(configKey = "survey-service")
@Path("/api/v1/assignments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface SurveyAssignmentsApi {

    @POST
    @Path("/bulk")
    BulkReport createAll(@HeaderParam("Authorization") String authorization, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         JsonNode requests);

    @GET
    AssignmentPage open(@HeaderParam("Authorization") String authorization, @QueryParam("relationshipId") UUID relationshipId,
                        @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @POST
    @Path("/{id}/cancel")
    void cancel(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BulkReport(int created, int refused, List<BulkResult> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BulkResult(int index, String outcome, List<JsonNode> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssignmentPage(List<Assignment> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignment(UUID id, String wave, String status) {
    }
}
