package io.tandem.survey.response;

import io.tandem.support.audit.AuditedRead;
import io.tandem.support.audit.Audited;
import java.util.UUID;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/responses")
@Tag(name = "Responses")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ResponseReadResource {

    @Inject
    ResponseService responses;

    @GET
    @AuditedRead
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getResponse", summary = "Read one response by id: its respondent, admins and integrations only",
            description = "Raw answers are private: mentors and mentees read their own; programme managers and researchers read aggregates "
                    + "(scores, psychometrics, analytics) and the pseudonymous research export, never another person's answers.")
    @APIResponse(responseCode = "200", description = "The response.", content = @Content(schema = @Schema(implementation = ResponseView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") UUID id) {
        SurveyResponse response = responses.get(id);
        return Responses.ok(response, ResponseView.of(response));
    }
}
