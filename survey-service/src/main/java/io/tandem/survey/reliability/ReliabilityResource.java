package io.tandem.survey.reliability;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Roles;
import io.tandem.survey.definition.AnswerValidator;
import io.tandem.survey.definition.InstrumentDefinition;
import io.tandem.survey.definition.Limits;
import io.tandem.survey.instrument.InstrumentCatalog;
import io.tandem.survey.instrument.InstrumentStatus;
import io.tandem.survey.instrument.InstrumentVersion;
import io.tandem.survey.psychometrics.InstrumentPsychometrics;
import io.tandem.survey.response.ResponseStatus;
import io.tandem.survey.response.SurveyResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/v1/instruments/{key}/versions/{version}/psychometrics")
@Tag(name = "Psychometrics", description = "Reliability of instrument scales on the tenant's own data.")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReliabilityResource {

    static final double CONFIDENCE_LEVEL = 0.95;

    @Inject
    InstrumentCatalog catalog;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.PROGRAMME_MANAGER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getInstrumentPsychometrics",
            summary = "Cronbach's alpha (raw, standardized, Feldt 95% CI) and item analysis per scale")
    @APIResponse(responseCode = "200", description = "One entry per scale; scales with fewer than 3 items or 10 complete responses say so instead of a number.")
    public ReliabilityReport report(@PathParam("key") @Pattern(regexp = Limits.KEY, message = "is not an instrument key") String key,
                                    @PathParam("version") @Min(1) int version) {
        InstrumentVersion instrument = catalog.resolve(key, version)
                .orElseThrow(() -> new ProblemException(io.tandem.support.problem.ProblemType.NOT_FOUND,
                        "No version " + version + " of instrument '" + key + "'."));
        if (instrument.status() == InstrumentStatus.DRAFT) {
            throw ProblemException.conflict("Version " + version + " of '" + key + "' is a draft and has no responses.");
        }
        InstrumentDefinition definition = instrument.definition();
        List<Map<String, Double>> answers = SurveyResponse.<SurveyResponse>find("instrumentId = ?1 and status = ?2",
                        instrument.id(), ResponseStatus.SUBMITTED).stream()
                .map(r -> AnswerValidator.numericAnswers(definition, r.answers)).toList();
        List<ReliabilityReport.ScaleReport> scales = InstrumentPsychometrics.analyse(definition, answers, CONFIDENCE_LEVEL).stream()
                .map(ReliabilityReport::scale).toList();
        return new ReliabilityReport(key, version, answers.size(), InstrumentPsychometrics.MISSING_DATA_RULE, CONFIDENCE_LEVEL,
                "not reported", scales);
    }
}
