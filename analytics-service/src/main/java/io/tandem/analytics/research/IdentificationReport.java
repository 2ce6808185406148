package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.MixedModel;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Identification and quality over time (Humberd &amp; Rouse): per outcome a linear mixed model
 * y = β0 + β1·months + β2·mentee + β3·mentee×months + u0 + u1·months + e over every self-report of both
 * sides, grouped by relationship, by REML with an unrestricted 2×2 random-effects covariance; fewer than 3
 * waves or 20 relationships falls back to a random intercept and says so. The months and mentee×months
 * slopes of all models are one family (Holm). Plus, per wave and side, how many relationships' dominant
 * mechanism (the highest of projection, recognition and integration in one answer) is each.
 */
@Schema(name = "IdentificationReport")
public record IdentificationReport(UUID programmeId, int minGroupSize, @Schema(maxItems = 10) List<Model> models,
                                   @Schema(maxItems = 40) List<Mechanisms> dominantMechanism, @Schema(maxLength = 40) String adjustment) {

    static final int MIN_WAVES = 3;
    static final int MIN_RELATIONSHIPS = 20;

    @Schema(name = "GrowthModel")
    public record Model(@Schema(maxLength = 130) String outcome, @Schema(nullable = true) Integer observations,
                        @Schema(nullable = true) Integer relationships, @Schema(maxItems = 4) List<Fixed> fixed,
                        @Schema(nullable = true) MixedModel.Components components, @Schema(nullable = true) Boolean singular,
                        @Schema(nullable = true, maxLength = 100) String method, @Schema(nullable = true, maxLength = 300) String note) {
    }

    /** A fixed effect; df = relationships − fixed effects (documented in docs/analytics.md). */
    @Schema(name = "FixedEffect")
    public record Fixed(@Schema(maxLength = 63) String term, double estimate, double standardError, int df, double low, double high, double p,
                        @Schema(nullable = true) Double pAdjusted) {
    }

    /** Per wave and side: relationships by dominant mechanism, each group's count and share of the relationships that answered. */
    @Schema(name = "DominantMechanismCounts")
    public record Mechanisms(@Schema(maxLength = 32) String wave, @Schema(enumeration = {"mentor", "mentee"}) String side,
                             @Schema(nullable = true, description = "Relationships whose side answered at this wave; hidden under the minimum.")
                             Integer answered,
                             @Schema(maxItems = 4) List<Share> relationships) {
    }

    @Schema(name = "MechanismShare")
    public record Share(@Schema(maxLength = 32) String group, @Schema(nullable = true) Integer n, @Schema(nullable = true) Double share,
                        @Schema(nullable = true, maxLength = 200) String note) {
    }

    /** Counts by group with their shares of the total, under the disclosure rule (a hidden count hides its share too). */
    static Mechanisms mechanisms(String wave, String side, java.util.Map<String, Integer> counts, int minimum) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total < minimum) {
            return new Mechanisms(wave, side, null, counts.keySet().stream()
                    .map(g -> new Share(g, null, null, String.format(Suppression.TOO_SMALL, minimum))).toList());
        }
        List<Share> shares = io.tandem.analytics.report.Cells.counts(counts, minimum).stream()
                .map(c -> new Share(c.group(), c.n(), c.n() == null ? null : (double) c.n() / total, c.note())).toList();
        return new Mechanisms(wave, side, total, shares);
    }

    static Model hidden(String outcome, String why) {
        return new Model(outcome, null, null, List.of(), null, null, null, why);
    }

    static Model model(String outcome, List<MixedModel.Observation> observations, int relationships, int waves, int minimum) {
        if (relationships < minimum) {
            return hidden(outcome, String.format(Suppression.TOO_SMALL, minimum));
        }
        boolean slopes = waves >= MIN_WAVES && relationships >= MIN_RELATIONSHIPS;
        String note = slopes ? null : "fewer than " + MIN_WAVES + " waves or " + MIN_RELATIONSHIPS
                + " relationships: random intercept only (no random slope)";
        MixedModel.Fit fit;
        try {
            fit = MixedModel.fit(observations, new String[] {"months", "mentee", "mentee:months"}, slopes, Figures.LEVEL);
        } catch (RuntimeException e) {
            return hidden(outcome, "the model cannot be fitted to these data (" + e.getMessage() + ")");
        }
        List<Fixed> fixed = fit.fixed().stream().map(f -> new Fixed(f.term(), f.estimate(), f.standardError(), f.df(), f.low(), f.high(), f.p(), null))
                .toList();
        if (fit.singular()) {
            note = (note == null ? "" : note + "; ") + "singular fit: a random-effect variance is estimated at 0";
        }
        return new Model(outcome, (int) fit.n(), fit.groups(), fixed, fit.components(), fit.singular(), fit.method(), note);
    }

    static IdentificationReport of(UUID programmeId, int minimum, List<Model> models, List<Mechanisms> mechanisms) {
        List<Fixed> family = models.stream().flatMap(m -> m.fixed().stream()).filter(f -> f.term().equals("months") || f.term().equals("mentee:months"))
                .toList();
        double[] adjusted = Adjustment.HOLM.adjust(family.stream().mapToDouble(Fixed::p).toArray());
        List<Model> out = new ArrayList<>();
        int i = 0;
        for (Model m : models) {
            List<Fixed> fixed = new ArrayList<>();
            for (Fixed f : m.fixed()) {
                boolean inFamily = f.term().equals("months") || f.term().equals("mentee:months");
                fixed.add(inFamily ? new Fixed(f.term(), f.estimate(), f.standardError(), f.df(), f.low(), f.high(), f.p(), adjusted[i++]) : f);
            }
            out.add(new Model(m.outcome(), m.observations(), m.relationships(), fixed, m.components(), m.singular(), m.method(), m.note()));
        }
        return new IdentificationReport(programmeId, minimum, out, mechanisms, Adjustment.HOLM.label());
    }
}
