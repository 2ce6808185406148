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
            summary = "Cronbach's alpha (raw, standardized, Feldt 95% CI) and item analysis per scale")
    @APIResponse(responseCode = "200", description = "One entry per scale; scales with too few items or complete responses (3 and 10 unless tandem.psychometrics.* says otherwise) say so instead of a number.")
    public ReliabilityReport report(@PathParam("key") @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not an instrument key") String key,
                                    @PathParam("version") @Min(1) int version) {
        return reliability.report(key, version);
    }
}
