package io.tandem.matching.run;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}")
@Tag(name = "Matching runs", description = "Optimal matching of a programme, stored with its inputs' hash and explanations.")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class RunResource {

    @Inject
    RunService runs;

    @POST
    @Idempotent(ownTransactions = true) // a run commits itself and asks survey-service for scores on the way
    @Extension(name = "x-idempotent", value = "true")
    @Path("/runs")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "createMatchingRun",
            summary = "Match the programme's active participants now (one batched survey-service call for motive scores)")
    @APIResponse(responseCode = "201", description = "The stored run.", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "The programme is not enrolling or matching, or pairs were accepted while the run "
            + "was computed; nothing was stored.")
    @APIResponse(responseCode = "503", description = "survey-service is unavailable, or this instance is already computing as many runs "
            + "as it allows (tandem.matching.concurrent-runs, default 2); nothing was stored. Retry-After says when to try again.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "3600")))
    public Response create(@PathParam("programmeId") UUID programmeId, @Context UriInfo uri) {
        MatchingRun run = runs.run(programmeId);
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/runs").path(run.id.toString()).build())
                .header("ETag", run.etag()).entity(RunView.of(run)).build();
    }

    @GET
    @Path("/pairs/{mentorId}/{menteeId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "explainPair", summary = "Explain one mentor-mentee pair: score, factor breakdown, or the hard rule that removes it")
    @APIResponse(responseCode = "200", description = "The explanation.", content = @Content(schema = @Schema(implementation = PairExplanation.class)))
    public PairExplanation explain(@PathParam("programmeId") UUID programmeId,
                                   @PathParam("mentorId") @Size(max = 200) String mentorId,
                                   @PathParam("menteeId") @Size(max = 200) String menteeId) {
        return PairExplanation.of(runs.explain(programmeId, mentorId, menteeId));
    }
}
