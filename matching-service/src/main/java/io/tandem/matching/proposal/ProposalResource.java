package io.tandem.matching.proposal;

import io.tandem.support.audit.Audited;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/proposals")
@Tag(name = "Matching runs")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Schema(name = "MentorSwap", example = "{\"mentorId\": \"emp-20881\"}")
    public record MentorSwap(@NotBlank @Size(max = 200) @Schema(example = "emp-20881") String mentorId) {
    }

    @Schema(name = "ProposalDecision", example = "{\"decision\": \"accept\"}")
    public record DecisionRequest(@NotNull Choice decision) {
    }

    public enum Choice {
        @JsonProperty("accept") ACCEPT,
        @JsonProperty("decline") DECLINE
    }

    @PUT
    @Path("/{id}/mentor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "swapProposalMentor",
            summary = "Override: give an unpublished proposal another mentor; the answer shows the engine's mentor and score beside the new ones")
    @APIResponse(responseCode = "200", description = "The changed proposal.", content = @Content(schema = @Schema(implementation = ProposalView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The run is published, or the mentor is full.")
    @APIResponse(responseCode = "422", description = "A hard rule forbids the pair.")
    public Response swap(@PathParam("id") UUID id, @Valid @NotNull MentorSwap swap) {
        Proposal proposal = proposals.swapMentor(id, swap.mentorId());
        return Responses.ok(proposal, ProposalView.of(proposal));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "decideProposal", summary = "Accept or decline a published proposal, as its mentor or its mentee")
    @APIResponse(responseCode = "200", description = "The proposal with both sides' answers.", content = @Content(schema = @Schema(implementation = ProposalView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The proposal is not published or already decided.")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        Proposal proposal = proposals.decide(id,
                request.decision() == Choice.ACCEPT ? Decision.ACCEPTED : Decision.DECLINED);
        return Responses.ok(proposal, proposals.viewFor(proposal));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getProposal", summary = "Read a proposal (mentors and mentees: their own, once published)")
    @APIResponse(responseCode = "200", description = "The proposal.", content = @Content(schema = @Schema(implementation = ProposalView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") UUID id) {
        Proposal proposal = proposals.get(id);
        return Responses.ok(proposal, proposals.viewFor(proposal));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listPersonProposals", summary = "A person's proposals as mentor or mentee (mentors and mentees: their own matches)")
    @APIResponse(responseCode = "200", description = "One page of proposals.")
    public Page<ProposalView> ofPerson(@QueryParam("personId") @Size(max = 200) String personId, @QueryParam("cursor") @Size(max = 200) String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return proposals.ofPerson(personId, cursor, limit);
    }
}
