package io.tandem.survey.reliability;

import jakarta.validation.constraints.Size;

import io.tandem.support.security.Roles;
import io.tandem.survey.definition.Limits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import io.tandem.support.problem.ProblemException;
import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.assignment.RespondentRole;
import io.tandem.survey.response.Perspective;
import io.tandem.survey.response.SubmittedResponses;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.time.Instant;
import java.util.UUID;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/instruments/{key}/versions/{version}/psychometrics")
@Tag(name = "Psychometrics", description = "Reliability of instrument scales on the tenant's own data.")
@Produces(MediaType.APPLICATION_JSON)
public class ReliabilityResource {

    @Inject
    ReliabilityService reliability;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "getInstrumentPsychometrics",
            summary = "Cronbach's alpha (raw, standardized, ASE, Feldt CI) and item analysis per scale, by missing-data rule and filters")
    @APIResponse(responseCode = "200", description = "One entry per scale; scales with too few items or complete responses (3 and 10 unless tandem.psychometrics.* says otherwise) say so instead of a number.")
    public ReliabilityReport report(@PathParam("key") @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not an instrument key") String key,
                                    @PathParam("version") @Min(1) int version,
                                    @QueryParam("missingData") @Parameter(description = "complete-cases (default), pairwise or median-imputation.")
                                    @Pattern(regexp = "complete-cases|pairwise|median-imputation", message = "must be complete-cases, pairwise or median-imputation")
                                    @Size(max = 20) String missingData,
                                    @QueryParam("raterRole") @Parameter(description = "Only responses given in this role.") RespondentRole raterRole,
                                    @QueryParam("perspective") @Parameter(description = "self: own reports; other: ratings of another person.")
                                    Perspective perspective,
                                    @QueryParam("wave") @Size(max = AssignmentRequest.MAX_WAVE) String wave,
                                    @QueryParam("programmeId") UUID programmeId,
                                    @QueryParam("from") @Parameter(description = "Submitted at or after this instant.") Instant from,
                                    @QueryParam("to") @Parameter(description = "Submitted before this instant.") Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return reliability.report(key, version, missingData == null ? MissingDataRule.COMPLETE_CASES : MissingDataRule.fromString(missingData),
                new SubmittedResponses.Filter(raterRole, perspective, wave, programmeId, from, to));
    }
}
