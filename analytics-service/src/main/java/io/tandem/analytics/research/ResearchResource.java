package io.tandem.analytics.research;

import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The research model tested on a programme's own data. Every instrument and scale is a parameter, with the
 * built-in library's keys as defaults. Aggregates only: researchers, admins and programme managers.
 */
@Path("/api/v1/programmes/{programmeId}/research")
@Tag(name = "Research", description = "Motives → behaviours → outcomes, identification over time, reciprocal benefits, motive change and "
        + "whether matching factors predict outcomes: every estimate with its n, a 95% interval, its method and a family-wise adjusted p.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.PROGRAMME_MANAGER})
public class ResearchResource {

    private static final String KEY = "[a-z][a-z0-9-]{0,62}";
    private static final String WAVE = "[a-z][a-z0-9-]{0,31}";
    private static final List<String> MOTIVE_SUBSCALES = List.of("career-advancement", "recognition", "personal-learning", "benefit-protege",
            "invest-relationship", "give-back");
    private static final List<String> MOTIVE_SCALES = java.util.stream.Stream.concat(java.util.stream.Stream.of("self-focused", "other-focused"),
            MOTIVE_SUBSCALES.stream()).toList();

    @Inject
    ResearchReports reports;

    @GET
    @Path("/outcomes-by-motives")
    @Operation(operationId = "getOutcomesByMotives", summary = "Each outcome regressed on the mentor's self- and other-focused motives (Liu et al.)")
    @APIResponse(responseCode = "200", description = "One model per outcome and side; slopes Holm-adjusted as one family.")
    @APIResponse(responseCode = "404", description = "No programme with this id in the read model of the caller's tenant.")
    public OutcomesByMotives outcomesByMotives(@PathParam("programmeId") UUID programmeId,
                                               @QueryParam("outcomeInstrument") @DefaultValue("mentoring-outcomes") @Pattern(regexp = KEY) @Size(max = 63)
                                               String outcomeInstrument,
                                               @QueryParam("outcome") @Size(max = 10) @Parameter(description = "Outcome scales; default individual-, "
                                                       + "relational- and organisational-outcomes.") List<@Pattern(regexp = KEY) @Size(max = 63) String> outcomes,
                                               @QueryParam("wave") @DefaultValue("closing") @Pattern(regexp = WAVE) @Size(max = 32) String wave,
                                               @QueryParam("motiveInstrument") @DefaultValue("mentor-motives") @Pattern(regexp = KEY) @Size(max = 63)
                                               String motiveInstrument,
                                               @QueryParam("selfScale") @DefaultValue("self-focused") @Pattern(regexp = KEY) @Size(max = 63) String selfScale,
                                               @QueryParam("otherScale") @DefaultValue("other-focused") @Pattern(regexp = KEY) @Size(max = 63) String otherScale,
                                               @QueryParam("orientationIndex") @DefaultValue("motive-orientation") @Pattern(regexp = KEY) @Size(max = 63)
                                               String orientationIndex,
                                               @QueryParam("subscale") @Size(max = 12) @Parameter(description = "Motive subscales for the exploratory "
                                                       + "breakdown; default the built-in six.") List<@Pattern(regexp = KEY) @Size(max = 63) String> subscales) {
        return reports.outcomesByMotives(programmeId, outcomeInstrument, orDefault(outcomes,
                List.of("individual-outcomes", "relational-outcomes", "organisational-outcomes")), wave,
                new Motives.Keys(motiveInstrument, selfScale, otherScale, orientationIndex, orDefault(subscales, MOTIVE_SUBSCALES)));
    }

    @GET
    @Path("/mediation")
    @Operation(operationId = "getMotiveMediation", summary = "Motives → protégé-rated behaviour → outcome, with a seeded cluster bootstrap (Liu et al.)")
    @APIResponse(responseCode = "200", description = "Paths a, b, c', c; a·b with its percentile interval; resamples and seed recorded.")
    public MediationReport mediation(@PathParam("programmeId") UUID programmeId,
                                     @QueryParam("motiveInstrument") @DefaultValue("mentor-motives") @Pattern(regexp = KEY) @Size(max = 63)
                                     String motiveInstrument,
                                     @QueryParam("selfScale") @DefaultValue("self-focused") @Pattern(regexp = KEY) @Size(max = 63) String selfScale,
                                     @QueryParam("otherScale") @DefaultValue("other-focused") @Pattern(regexp = KEY) @Size(max = 63) String otherScale,
                                     @QueryParam("mediatorInstrument") @DefaultValue("mentoring-behaviours") @Pattern(regexp = KEY) @Size(max = 63)
                                     String mediatorInstrument,
                                     @QueryParam("mediatorScale") @DefaultValue("other-focused-behaviour-protege") @Pattern(regexp = KEY) @Size(max = 63)
                                     String mediatorScale,
                                     @QueryParam("mediatorWave") @Pattern(regexp = WAVE) @Size(max = 32)
                                     @Parameter(description = "Wave of the protégé's rating; absent: each relationship's first rating.") String mediatorWave,
                                     @QueryParam("outcomeInstrument") @DefaultValue("mentoring-outcomes") @Pattern(regexp = KEY) @Size(max = 63)
                                     String outcomeInstrument,
                                     @QueryParam("outcomeScale") @DefaultValue("individual-outcomes") @Pattern(regexp = KEY) @Size(max = 63)
                                     String outcomeScale,
                                     @QueryParam("outcomeSide") @DefaultValue("mentee") @Pattern(regexp = "mentee|mentor") @Size(max = 6) String outcomeSide,
                                     @QueryParam("outcomeWave") @DefaultValue("closing") @Pattern(regexp = WAVE) @Size(max = 32) String outcomeWave,
                                     @QueryParam("covariate") @Size(max = 5) @Parameter(description = "instrumentKey:scaleKey of the mentee's "
                                             + "baseline self-report, e.g. mentee-needs:support-need.") List<@Size(max = 127) String> covariates,
                                     @QueryParam("resamples") @DefaultValue("5000") @Min(200) @Max(20000) int resamples,
                                     @QueryParam("seed") @DefaultValue("20240101") @Min(0) @Parameter(description = "The bootstrap's seed: the same "
                                             + "data, resamples and seed give the same interval.") long seed) {
        List<String> chosen = covariates == null ? List.of() : covariates;
        ResearchReports.requireCovariates(chosen);
        return reports.mediation(programmeId, new Motives.Keys(motiveInstrument, selfScale, otherScale, "motive-orientation"), mediatorInstrument,
                mediatorScale, mediatorWave, outcomeInstrument, outcomeScale, outcomeSide, outcomeWave, chosen, resamples, seed);
    }

    @GET
    @Path("/identification")
    @Operation(operationId = "getIdentificationOverTime", summary = "Identification and quality over time: growth models (Humberd & Rouse)")
    @APIResponse(responseCode = "200", description = "One REML mixed model per outcome and the dominant mechanism per wave and side.")
    public IdentificationReport identification(@PathParam("programmeId") UUID programmeId,
                                               @QueryParam("instrument") @DefaultValue("personal-identification") @Pattern(regexp = KEY) @Size(max = 63)
                                               String instrument,
                                               @QueryParam("outcome") @Size(max = 8) @Parameter(description = "Scales of the instrument; default "
                                                       + "projection, recognition, integration, present-self.") List<@Pattern(regexp = KEY) @Size(max = 63) String> outcomes,
                                               @QueryParam("qualityInstrument") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                               String qualityInstrument,
                                               @QueryParam("qualityScale") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                               String qualityScale) {
        return reports.identification(programmeId, instrument, orDefault(outcomes, List.of("projection", "recognition", "integration", "present-self")),
                qualityInstrument, qualityScale, List.of("projection", "recognition", "integration"));
    }

    @GET
    @Path("/reciprocal-benefits")
    @Operation(operationId = "getReciprocalBenefits", summary = "What mentors gain: facet means and their relation to motives")
    @APIResponse(responseCode = "200", description = "One entry per facet; slopes Holm-adjusted as one family.")
    public ReciprocalBenefits reciprocalBenefits(@PathParam("programmeId") UUID programmeId,
                                                 @QueryParam("instrument") @DefaultValue("reciprocal-benefits") @Pattern(regexp = KEY) @Size(max = 63)
                                                 String instrument,
                                                 @QueryParam("facet") @Size(max = 12) List<@Pattern(regexp = KEY) @Size(max = 63) String> facets,
                                                 @QueryParam("wave") @DefaultValue("closing") @Pattern(regexp = WAVE) @Size(max = 32) String wave,
                                                 @QueryParam("motiveInstrument") @DefaultValue("mentor-motives") @Pattern(regexp = KEY) @Size(max = 63)
                                                 String motiveInstrument) {
        return reports.reciprocalBenefits(programmeId, instrument, orDefault(facets, List.of("reciprocal-benefits", "leadership-skill",
                "deepened-expertise", "expanded-network", "fulfilment", "generational-insight", "learning-from-protege")), wave,
                new Motives.Keys(motiveInstrument, "self-focused", "other-focused", "motive-orientation"));
    }

    @GET
    @Path("/motive-change")
    @Operation(operationId = "getMotiveChange", summary = "How mentors' motives change between their first and latest answer")
    @APIResponse(responseCode = "200", description = "Change per subscale with its interval; label transitions.")
    public MotiveChange motiveChange(@PathParam("programmeId") UUID programmeId,
                                     @QueryParam("motiveInstrument") @DefaultValue("mentor-motives") @Pattern(regexp = KEY) @Size(max = 63)
                                     String motiveInstrument,
                                     @QueryParam("subscale") @Size(max = 12) List<@Pattern(regexp = KEY) @Size(max = 63) String> subscales,
                                     @QueryParam("orientationIndex") @DefaultValue("motive-orientation") @Pattern(regexp = KEY) @Size(max = 63)
                                     String orientationIndex) {
        return reports.motiveChange(programmeId, new Motives.Keys(motiveInstrument, "self-focused", "other-focused", orientationIndex),
                orDefault(subscales, MOTIVE_SCALES));
    }

    @GET
    @Path("/matching-factors")
    @Operation(operationId = "getMatchingFactorEvidence", summary = "Does each compatibility factor predict later quality and goal attainment?")
    @APIResponse(responseCode = "200", description = "One slope per factor and outcome; Holm-adjusted as one family.")
    public MatchingFactors matchingFactors(@PathParam("programmeId") UUID programmeId,
                                           @QueryParam("qualityInstrument") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                           String qualityInstrument,
                                           @QueryParam("qualityScale") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                           String qualityScale) {
        return reports.matchingFactors(programmeId, qualityInstrument, qualityScale);
    }

    private static List<String> orDefault(List<String> chosen, List<String> defaults) {
        return chosen == null || chosen.isEmpty() ? defaults : List.copyOf(new java.util.LinkedHashSet<>(chosen));
    }
}
