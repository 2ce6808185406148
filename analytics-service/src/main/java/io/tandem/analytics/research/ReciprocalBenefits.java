package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.LinearModel;
import io.tandem.analytics.statistics.Moments;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reciprocal benefits to mentors: each facet's mean with its t interval over the mentors' reports, and each
 * facet regressed on the mentor's self- and other-focused motives at baseline (OLS, entered together).
 * The slopes are one family (Holm). Units are relationships (a mentor reports once per protégé).
 */
@Schema(name = "ReciprocalBenefits")
public record ReciprocalBenefits(UUID programmeId, int minGroupSize, @Schema(maxLength = 63) String instrument,
                                 @Schema(maxLength = 32) String wave, @Schema(maxItems = 20) List<Facet> facets,
                                 @Schema(maxLength = 40) String adjustment, @Schema(maxLength = 200) String method) {

    static final String METHOD = "mean with t interval; OLS: facet ~ self-focused + other-focused motives (baseline)";

    @Schema(name = "BenefitFacet")
    public record Facet(@Schema(maxLength = 63) String facet, @Schema(nullable = true) Figures.Mean mean, @Schema(nullable = true) Integer n,
                        @Schema(maxItems = 2) List<Figures.Slope> slopes, @Schema(nullable = true, maxLength = 200) String note) {
    }

    /** @param units each with the facet as its outcome; the regression uses those with baseline motives */
    static Facet facet(String facet, double[] values, List<OutcomesByMotives.Unit> units, int minimum) {
        if (values.length < minimum) {
            return new Facet(facet, null, null, List.of(), String.format(Suppression.TOO_SMALL, minimum));
        }
        List<Figures.Slope> slopes = new ArrayList<>();
        String note = null;
        if (units.size() >= Math.max(minimum, 4)) {
            Moments moments = new Moments(3);
            double[] centre = OutcomesByMotives.centre(units);
            units.forEach(u -> moments.add(new double[] {u.motives().self() - centre[0], u.motives().other() - centre[1], u.outcome() - centre[2]}));
            try {
                LinearModel.Fit fit = LinearModel.fit(moments, new String[] {"self-focused", "other-focused", "facet"}, new int[] {0, 1}, 2, Figures.LEVEL);
                slopes.add(Figures.Slope.of(fit.coefficient("self-focused")));
                slopes.add(Figures.Slope.of(fit.coefficient("other-focused")));
            } catch (IllegalArgumentException e) {
                note = "the motive scores do not vary enough for a regression";
            }
        } else {
            note = "too few mentors with baseline motives for a regression";
        }
        return new Facet(facet, Figures.mean(values), values.length, slopes, note);
    }

    static ReciprocalBenefits of(UUID programmeId, int minimum, String instrument, String wave, List<Facet> facets) {
        List<Facet> out = Figures.adjustWithin(facets, Facet::slopes, (f, slopes) -> new Facet(f.facet(), f.mean(), f.n(), List.copyOf(slopes),
                f.note()), Adjustment.HOLM);
        return new ReciprocalBenefits(programmeId, minimum, instrument, wave, out, Adjustment.HOLM.label(), METHOD);
    }
}
