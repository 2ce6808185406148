package io.tandem.analytics.research;

import io.tandem.analytics.statistics.Adjustment;
import io.tandem.analytics.statistics.HedgesG;
import io.tandem.analytics.statistics.LinearModel;
import io.tandem.analytics.statistics.Moments;
import io.tandem.support.disclosure.Suppression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Outcomes by mentor motives (Liu et al. 2021): each outcome scale, protégé's and mentor's self-reports kept
 * apart, regressed on the mentor's self- and other-focused motive scores at baseline entered together (two
 * dimensions, not one): y = β0 + β1·self + β2·other + e by OLS, slopes with 95% t intervals and partial r;
 * units are relationships. For display, the outcome by the mentor's orientation label with means, SDs and
 * n, and Hedges' g (other- minus self-focused) with its noncentral-t interval. The slopes of all models form
 * one confirmatory family: Holm-adjusted p values.
 */
@Schema(name = "OutcomesByMotives")
public record OutcomesByMotives(UUID programmeId, int minGroupSize, @Schema(maxLength = 63) String outcomeInstrument,
                                @Schema(maxLength = 32) String wave, @Schema(maxLength = 40) String adjustment,
                                @Schema(maxItems = 40) List<Model> models, @Schema(maxLength = 200) String method,
                                @Schema(maxItems = 200, description = "Exploratory: each motive subscale alone against each outcome and side.")
                                List<Breakdown> exploratory, @Schema(maxLength = 80) String exploratoryAdjustment) {

    static final String EXPLORATORY = "Benjamini-Hochberg (q = .05), exploratory";

    /** One subscale's simple slope on one outcome of one side (exploratory, BH-adjusted across the breakdown). */
    @Schema(name = "MotiveSubscaleBreakdown")
    public record Breakdown(@Schema(maxLength = 63) String subscale, @Schema(maxLength = 63) String outcome,
                            @Schema(enumeration = {"mentee", "mentor"}) String side, @Schema(nullable = true) Integer n,
                            @Schema(nullable = true) Figures.Slope slope, @Schema(nullable = true, maxLength = 200) String note) {
    }

    static final String METHOD = "OLS: outcome ~ self-focused + other-focused motives (baseline); units are relationships";

    @Schema(name = "OutcomeByMotivesModel")
    public record Model(@Schema(maxLength = 63) String outcome, @Schema(enumeration = {"mentee", "mentor"}) String side,
                        @Schema(nullable = true) Integer n, @Schema(nullable = true) Double rSquared,
                        @Schema(maxItems = 2) List<Figures.Slope> slopes, @Schema(maxItems = 10) List<Group> groups,
                        @Schema(nullable = true) Contrast contrast, @Schema(nullable = true, maxLength = 200) String note) {
    }

    @Schema(name = "OrientationGroup")
    public record Group(@Schema(maxLength = 100) String label, @Schema(nullable = true) Integer n,
                        @Schema(nullable = true) Figures.Mean outcome, @Schema(nullable = true, maxLength = 200) String note) {
    }

    @Schema(name = "OrientationContrast")
    public record Contrast(@Schema(maxLength = 100) String between, double g, double low, double high, int n1, int n2,
                           @Schema(maxLength = 200) String method) {
    }

    /** One unit: the mentor's baseline motives and the outcome. */
    record Unit(Motives motives, double outcome) {
    }

    static Model model(String outcome, String side, List<Unit> units, int minimum) {
        if (units.size() < minimum) {
            return new Model(outcome, side, null, null, List.of(), List.of(), null, String.format(Suppression.TOO_SMALL, minimum));
        }
        if (units.size() < 4) {
            return new Model(outcome, side, units.size(), null, List.of(), List.of(), null, "too few relationships for a regression on two predictors");
        }
        Moments moments = new Moments(3);
        double[] centre = centre(units);
        for (Unit u : units) {
            moments.add(new double[] {u.motives().self() - centre[0], u.motives().other() - centre[1], u.outcome() - centre[2]});
        }
        List<Figures.Slope> slopes = new ArrayList<>();
        Double rSquared = null;
        String note = null;
        try {
            LinearModel.Fit fit = LinearModel.fit(moments, new String[] {"self-focused", "other-focused", "outcome"}, new int[] {0, 1}, 2,
                    Figures.LEVEL);
            slopes.add(Figures.Slope.of(fit.coefficient("self-focused")));
            slopes.add(Figures.Slope.of(fit.coefficient("other-focused")));
            rSquared = fit.rSquared();
        } catch (IllegalArgumentException e) {
            note = "the motive scores do not vary enough for a regression";
        }
        return new Model(outcome, side, units.size(), rSquared, slopes, groups(units, minimum), contrast(units, minimum), note);
    }

    private static List<Group> groups(List<Unit> units, int minimum) {
        Map<String, List<Double>> byLabel = new TreeMap<>();
        units.forEach(u -> byLabel.computeIfAbsent(u.motives().label() == null ? "unlabelled" : u.motives().label(), k -> new ArrayList<>())
                .add(u.outcome()));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byLabel.forEach((label, values) -> sizes.put(label, values.size()));
        Map<String, String> hidden = Suppression.hidden(sizes, minimum);
        List<Group> groups = new ArrayList<>();
        byLabel.forEach((label, values) -> groups.add(hidden.containsKey(label) ? new Group(label, null, null, hidden.get(label))
                : new Group(label, values.size(), Figures.mean(values.stream().mapToDouble(Double::doubleValue).toArray()), null)));
        return groups;
    }

    /** Other- against self-focused mentors' outcomes, when both groups are shown. */
    private static Contrast contrast(List<Unit> units, int minimum) {
        double[] other = units.stream().filter(u -> "other-focused".equals(u.motives().label())).mapToDouble(Unit::outcome).toArray();
        double[] self = units.stream().filter(u -> "self-focused".equals(u.motives().label())).mapToDouble(Unit::outcome).toArray();
        if (other.length < Math.max(minimum, 2) || self.length < Math.max(minimum, 2)) {
            return null;
        }
        Figures.Mean o = Figures.mean(other);
        Figures.Mean s = Figures.mean(self);
        try {
            HedgesG.Result g = HedgesG.of(o.mean(), o.sd(), o.n(), s.mean(), s.sd(), s.n(), Figures.LEVEL);
            return new Contrast("other-focused minus self-focused", g.g(), g.low(), g.high(), g.n1(), g.n2(), g.method());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A subscale's simple slope on the outcome over the units whose mentor has that subscale's score. */
    static Breakdown breakdown(String subscale, String outcome, String side, List<Unit> units, int minimum) {
        List<double[]> pairs = units.stream().filter(u -> u.motives().scales().containsKey(subscale))
                .map(u -> new double[] {u.motives().scales().get(subscale), u.outcome()}).toList();
        if (pairs.size() < Math.max(minimum, 3)) {
            return new Breakdown(subscale, outcome, side, null, null, String.format(Suppression.TOO_SMALL, Math.max(minimum, 3)));
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        Moments moments = new Moments(2);
        pairs.forEach(p -> moments.add(new double[] {p[0] - mx, p[1] - my}));
        try {
            LinearModel.Fit fit = LinearModel.fit(moments, new String[] {subscale, outcome}, new int[] {0}, 1, Figures.LEVEL);
            return new Breakdown(subscale, outcome, side, pairs.size(), Figures.Slope.of(fit.coefficient(subscale)), null);
        } catch (IllegalArgumentException e) {
            return new Breakdown(subscale, outcome, side, pairs.size(), null, "the subscale does not vary in this programme");
        }
    }

    /** Holm over every slope of every model: one family; Benjamini-Hochberg over the exploratory breakdown. */
    static OutcomesByMotives of(UUID programmeId, int minimum, String instrument, String wave, List<Model> models, List<Breakdown> breakdowns) {
        List<Model> out = Figures.adjustWithin(models, Model::slopes, (m, slopes) -> new Model(m.outcome(), m.side(), m.n(), m.rSquared(),
                List.copyOf(slopes), m.groups(), m.contrast(), m.note()), Adjustment.HOLM);
        List<Breakdown> shown = Figures.adjustWithin(breakdowns, b -> b.slope() == null ? List.of() : List.of(b.slope()),
                (b, slopes) -> new Breakdown(b.subscale(), b.outcome(), b.side(), b.n(), slopes.get(0), b.note()), Adjustment.BENJAMINI_HOCHBERG);
        return new OutcomesByMotives(programmeId, minimum, instrument, wave, Adjustment.HOLM.label(), out, METHOD, shown, EXPLORATORY);
    }

    static double[] centre(List<Unit> units) {
        double[] c = new double[3];
        for (Unit u : units) {
            c[0] += u.motives().self() / units.size();
            c[1] += u.motives().other() / units.size();
            c[2] += u.outcome() / units.size();
        }
        return c;
    }
}
