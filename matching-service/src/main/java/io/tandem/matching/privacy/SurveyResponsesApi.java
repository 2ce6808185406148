package io.tandem.matching.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** survey-service's eraseProgrammeResponses, which the retention job calls for each programme past its retention. */
@RegisterRestClient(configKey = "survey-service")
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
interface SurveyResponsesApi {

    @DELETE
    @Path("/{programmeId}/responses")
    Erased erase(@HeaderParam("Authorization") String authorization, @PathParam("programmeId") UUID programmeId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Erased(int rowsDeleted) {
    }
}
