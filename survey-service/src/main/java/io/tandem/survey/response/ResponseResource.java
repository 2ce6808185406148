package io.tandem.survey.response;

import io.tandem.support.audit.Audited;
import io.tandem.support.audit.AuditedRead;
import java.util.UUID;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assignments/{assignmentId}/response")
@Tag(name = "Responses", description = "Answers: drafts, submission and scores.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE, Roles.MENTOR, Roles.MENTEE})
@Audited
public class ResponseResource {

    @Inject
    ResponseService responses;

    @GET
    @AuditedRead
    @Operation(operationId = "getAssignmentResponse", summary = "Read the draft or submitted response to an assignment")
    @APIResponse(responseCode = "200", description = "The response; its ETag is the If-Match of the next draft save.",
            content = @Content(schema = @Schema(implementation = ResponseView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("assignmentId") UUID assignmentId) {
        SurveyResponse response = responses.ofAssignment(assignmentId);
        return Responses.ok(response, ResponseView.of(response));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveResponseDraft",
            summary = "Save a partial draft (the respondent, or admin/integration on their behalf); If-Match once a draft exists")
    @APIResponse(responseCode = "200", description = "The draft was replaced.", content = @Content(schema = @Schema(implementation = ResponseView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "201", description = "The first draft was saved.", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "409", description = "The assignment is submitted or cancelled.")
    @APIResponse(responseCode = "422", description = "An answer has the wrong type or is out of range.")
    public Response saveDraft(@PathParam("assignmentId") UUID assignmentId, @HeaderParam("If-Match") @Size(max = 200) String ifMatch,
                              @Valid @NotNull AnswersRequest body, @Context UriInfo uri) {
        ResponseService.Saved saved = responses.saveDraft(assignmentId, ifMatch, body.answers());
        if (saved.isNew()) {
            return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/responses").path(saved.response().id.toString()).build())
                    .header("ETag", saved.response().etag()).entity(ResponseView.of(saved.response())).build();
        }
        return Responses.ok(saved.response(), ResponseView.of(saved.response()));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitResponse",
            summary = "Submit once: every answer is checked, scores are computed and stored; then immutable")
    @APIResponse(responseCode = "200", description = "The submitted response with its scores. A retry with the same Idempotency-Key gets the same answer.",
            content = @Content(schema = @Schema(implementation = ResponseView.class)),
            headers = @Header(name = "ETag", description = "Version of the submitted response.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    @APIResponse(responseCode = "409", description = "Already submitted (with another Idempotency-Key), or the assignment is cancelled.")
    @APIResponse(responseCode = "422", description = "Every refused answer is listed in errors; nothing was stored.")
    public Response submit(@PathParam("assignmentId") UUID assignmentId,
                           @HeaderParam("Idempotency-Key") @Size(max = 200)
                           @Parameter(description = "Send the same key on every retry of one submission.") String idempotencyKey,
                           @Valid @Parameter(description = "The answers; when absent, the saved draft is submitted.") AnswersRequest body) {
        ResponseService.Submitted submitted = responses.submit(assignmentId, idempotencyKey,
                body == null ? null : body.answers());
        return Responses.ok(submitted.view(), submitted.etag());
    }
}
