package io.tandem.matching.run;

import io.tandem.support.audit.Audited;
import java.util.UUID;
import io.tandem.matching.proposal.ProposalService;
import io.tandem.matching.proposal.ProposalView;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/runs/{runId}")
@Tag(name = "Matching runs")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class RunReadResource {

    @Inject
    RunService runs;

    @Inject
    ProposalService proposals;

    @Inject
    RunReports reports;

    @GET
    @Path("/fairness")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getRunFairness",
            summary = "Match rate (Wilson 95% interval) and scores of the run's mentees, counted as people, overall and by self-identified attribute groups")
    @APIResponse(responseCode = "200", description = "Groups under the minimum size (the tenant's disclosure setting, at least 5) show no "
            + "figures, nor does the next-smallest group when one alone would be hidden.")
    public FairnessView fairness(@PathParam("runId") UUID runId,
            @QueryParam("attribute") @jakarta.validation.constraints.Size(max = 50)
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "One attribute, e.g. gender; all when absent.")
            String attribute) {
        return FairnessView.of(reports.fairness(runId, attribute));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getMatchingRun", summary = "Read a run: settings, inputs' hash, summary, excluded and unmatched people")
    @APIResponse(responseCode = "200", description = "The run.", content = @Content(schema = @Schema(implementation = RunView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("runId") UUID runId) {
        MatchingRun run = reports.run(runId);
        return Responses.ok(run, RunView.of(run));
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "listRunProposals", summary = "A run's proposed pairs with scores and factor breakdowns")
    @APIResponse(responseCode = "200", description = "One page of proposals.")
    public Page<ProposalView> proposals(@PathParam("runId") UUID runId, @QueryParam("cursor") @Size(max = 200) String cursor,
                                        @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return proposals.ofRun(reports.run(runId).id, cursor, limit);
    }


    @POST
    @Path("/publish")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "publishRun", summary = "Publish a run's proposals to mentors and mentees (earlier undecided ones are withdrawn)")
    @APIResponse(responseCode = "200", description = "The published run.", content = @Content(schema = @Schema(implementation = RunView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "Already published, or a newer run exists.")
    public Response publish(@PathParam("runId") UUID runId) {
        MatchingRun run = runs.publish(runId);
        return Responses.ok(run, RunView.of(run));
    }

}
