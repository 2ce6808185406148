package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.Mediation;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Motives → behaviours → outcome (Liu et al. 2021): X the mentor's self- and other-focused motive scores at
 * baseline, M the protégé's rating of the mentor's behaviour, Y an outcome at closing; paths by OLS, the
 * indirect effect a·b with a seeded percentile bootstrap resampling mentors (all protégés of a mentor move
 * together). The two indirect effects are the confirmatory family: Holm over their bootstrap p values.
 */
@Schema(name = "MediationReport")
public record MediationReport(UUID programmeId, int minGroupSize, @Schema(nullable = true) Integer n, @Schema(nullable = true) Integer mentors,
                              @Schema(maxLength = 200) String mediator, @Schema(maxLength = 200) String outcome,
                              @Schema(maxItems = 5) List<@jakarta.validation.constraints.Size(max = 130) String> covariates, int resamples, long seed,
                              @Schema(nullable = true) Integer failedResamples, boolean underpowered,
                              @Schema(nullable = true) Figures.Slope b, @Schema(maxItems = 2) List<Effect> effects,
                              @Schema(maxLength = 40) String adjustment, @Schema(maxLength = 200) String method,
                              @Schema(nullable = true, maxLength = 300) String note) {

    /**
     * @param proportionMediated a·b / c, only when the interval of c excludes 0
     * @param standardizedIndirect completely standardized: a·b·SD(X)/SD(Y)
     */
    @Schema(name = "IndirectEffect")
    public record Effect(@Schema(maxLength = 63) String predictor, Figures.Slope a, Figures.Slope direct, Figures.Slope total,
                         double indirect, double low, double high, double bootstrapSd, double p, @Schema(nullable = true) Double pAdjusted,
                         double standardizedIndirect, @Schema(nullable = true) Double proportionMediated) {
    }

    static MediationReport hidden(UUID programmeId, int minimum, String mediator, String outcome, List<String> covariates, int resamples,
                                  long seed, int n, String why) {
        return new MediationReport(programmeId, minimum, n < minimum ? null : n, null, mediator, outcome, covariates, resamples, seed, null,
                n < Mediation.UNDERPOWERED_BELOW, null, List.of(), Adjustment.HOLM.label(), Mediation.METHOD, why);
    }

    static MediationReport of(UUID programmeId, int minimum, String mediator, String outcome, List<String> covariates, Mediation.Result r,
                              String note) {
        if (r.n() < minimum) {
            return hidden(programmeId, minimum, mediator, outcome, covariates, r.resamples(), r.seed(), (int) r.n(),
                    String.format(Suppression.TOO_SMALL, minimum));
        }
        double[] p = r.effects().stream().mapToDouble(Mediation.Effect::bootstrapP).toArray();
        double[] adjusted = Adjustment.HOLM.adjust(p);
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < r.effects().size(); i++) {
            Mediation.Effect e = r.effects().get(i);
            effects.add(new Effect(e.predictor(), Figures.Slope.of(e.a()), Figures.Slope.of(e.direct()), Figures.Slope.of(e.total()), e.indirect(),
                    e.low(), e.high(), e.bootstrapSd(), e.bootstrapP(), Double.isNaN(adjusted[i]) ? null : adjusted[i], e.standardizedIndirect(),
                    e.proportionMediated()));
        }
        String underpowered = r.underpowered() ? "fewer than " + Mediation.UNDERPOWERED_BELOW + " mentors: underpowered for an indirect effect" : null;
        String notes = note == null ? underpowered : underpowered == null ? note : note + "; " + underpowered;
        return new MediationReport(programmeId, minimum, (int) r.n(), r.clusters(), mediator, outcome, covariates, r.resamples(), r.seed(),
                r.failedResamples(), r.underpowered(), Figures.Slope.of(r.b()), effects, Adjustment.HOLM.label(), r.method(), notes);
    }
}
