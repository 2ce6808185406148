package io.tandem.analytics.research;

import io.tandem.analytics.settings.SettingsService;
import io.tandem.analytics.statistics.Mediation;
import io.tandem.analytics.statistics.MixedModel;
import io.tandem.support.disclosure.Suppression;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Loads what each research report needs from the read model and hands it to the statistics. */
@ApplicationScoped
class ResearchReports {

    static final double DAYS_PER_MONTH = 30.44;
    static final List<String> SIDES = List.of("mentee", "mentor");

    @Inject
    ResearchData data;

    @Inject
    SettingsService settings;

    OutcomesByMotives outcomesByMotives(UUID programmeId, String instrument, List<String> outcomes, String wave, Motives.Keys keys) {
        int minimum = minimum();
        List<ResearchData.Relationship> relationships = data.relationships(programmeId);
        Map<String, Motives> motives = baselineMotives(programmeId, keys);
        List<OutcomesByMotives.Model> models = new ArrayList<>();
        List<OutcomesByMotives.Breakdown> breakdowns = new ArrayList<>();
        for (String outcome : outcomes) {
            for (String side : SIDES) {
                List<OutcomesByMotives.Unit> units = units(relationships, motives, values(data.pick(programmeId, instrument, outcome, "self", side, wave,
                        false)));
                models.add(OutcomesByMotives.model(outcome, side, units, minimum));
                for (String subscale : keys.subscales()) {
                    breakdowns.add(OutcomesByMotives.breakdown(subscale, outcome, side, units, minimum));
                }
            }
        }
        return OutcomesByMotives.of(programmeId, minimum, instrument, wave, models, breakdowns);
    }

    /** @param covariates "instrument:scale" pairs, the mentee's self-report at the baseline wave */
    MediationReport mediation(UUID programmeId, Motives.Keys keys, String mediatorInstrument, String mediatorScale, String mediatorWave,
                              String outcomeInstrument, String outcomeScale, String outcomeSide, String outcomeWave, List<String> covariates,
                              int resamples, long seed) {
        int minimum = minimum();
        List<ResearchData.Relationship> relationships = data.relationships(programmeId);
        Map<String, Motives> motives = baselineMotives(programmeId, keys);
        Map<String, ResearchData.Picked> mediator = data.pick(programmeId, mediatorInstrument, mediatorScale, "other", "mentee", mediatorWave, true);
        Map<String, Double> outcome = values(data.pick(programmeId, outcomeInstrument, outcomeScale, "self", outcomeSide, outcomeWave, false));
        List<Map<String, Double>> covariateValues = new ArrayList<>();
        for (String covariate : covariates) {
            String[] parts = covariate.split(":", 2);
            covariateValues.add(values(data.pick(programmeId, parts[0], parts[1], "self", "mentee", "baseline", false)));
        }
        List<double[]> x = new ArrayList<>();
        List<double[]> z = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> cluster = new ArrayList<>();
        Map<String, Integer> mentorIndex = new HashMap<>();
        int sameWave = 0;
        for (ResearchData.Relationship r : relationships) {
            Motives mo = motives.get(r.mentorId());
            ResearchData.Picked me = mediator.get(r.id());
            Double out = outcome.get(r.id());
            double[] cov = new double[covariates.size()];
            boolean complete = mo != null && me != null && out != null;
            for (int k = 0; complete && k < covariates.size(); k++) {
                Double v = covariateValues.get(k).get(r.id());
                complete = v != null;
                cov[k] = complete ? v : 0;
            }
            if (!complete) {
                continue;
            }
            x.add(new double[] {mo.self(), mo.other()});
            z.add(cov);
            m.add(me.value());
            y.add(out);
            cluster.add(mentorIndex.computeIfAbsent(r.mentorId(), k -> mentorIndex.size()));
            sameWave += outcomeWave != null && outcomeWave.equals(me.wave()) ? 1 : 0;
        }
        String mediatorName = mediatorInstrument + ":" + mediatorScale + " (protégé's rating, " + (mediatorWave == null ? "first rating" : mediatorWave) + ")";
        String outcomeName = outcomeInstrument + ":" + outcomeScale + " (" + outcomeSide + ", " + (outcomeWave == null ? "latest" : outcomeWave) + ")";
        if (y.size() < Math.max(minimum, covariates.size() + 5)) {
            return MediationReport.hidden(programmeId, minimum, mediatorName, outcomeName, covariates, resamples, seed, y.size(),
                    y.size() < minimum ? String.format(Suppression.TOO_SMALL, minimum) : "too few relationships for the paths");
        }
        String note = sameWave > 0 ? sameWave + " mediator ratings come from the outcome's own wave: no temporal order for those" : null;
        try {
            Mediation.Result result = Mediation.estimate(new Mediation.Data(new String[] {"self-focused", "other-focused"}, x.toArray(double[][]::new),
                    m.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue).toArray(),
                    covariates.toArray(String[]::new), z.toArray(double[][]::new), cluster.stream().mapToInt(Integer::intValue).toArray()),
                    resamples, seed, Figures.LEVEL);
            return MediationReport.of(programmeId, minimum, mediatorName, outcomeName, covariates, result, note);
        } catch (IllegalArgumentException e) {
            return MediationReport.hidden(programmeId, minimum, mediatorName, outcomeName, covariates, resamples, seed, y.size(),
                    "the paths cannot be estimated: " + e.getMessage());
        }
    }

    IdentificationReport identification(UUID programmeId, String instrument, List<String> outcomes, String qualityInstrument, String qualityScale,
                                        List<String> mechanisms) {
        int minimum = minimum();
        Map<String, ResearchData.Relationship> relationships = data.relationships(programmeId).stream()
                .collect(Collectors.toMap(ResearchData.Relationship::id, r -> r));
        List<IdentificationReport.Model> models = new ArrayList<>();
        for (String outcome : outcomes) {
            models.add(growth(programmeId, instrument, outcome, relationships, minimum));
        }
        if (qualityInstrument != null) {
            models.add(growth(programmeId, qualityInstrument, qualityScale, relationships, minimum));
        }
        return IdentificationReport.of(programmeId, minimum, models, dominant(programmeId, instrument, mechanisms, relationships, minimum));
    }

    /** One growth model over every self-report of the scale; observations share their relationship's id string. */
    private IdentificationReport.Model growth(UUID programmeId, String instrument, String scale, Map<String, ResearchData.Relationship> relationships,
                                              int minimum) {
        List<MixedModel.Observation> observations = new ArrayList<>();
        Set<String> inModel = new HashSet<>();
        Set<String> waves = new HashSet<>();
        data.series(programmeId, instrument, scale, (relationshipId, role, wave, submittedAt, value) -> {
            ResearchData.Relationship r = relationships.get(relationshipId);
            if (r == null) {
                return;
            }
            double months = ChronoUnit.DAYS.between(r.startedOn(), submittedAt.atZone(ZoneOffset.UTC).toLocalDate()) / DAYS_PER_MONTH;
            double mentee = role.equals("mentee") ? 1 : 0;
            observations.add(new MixedModel.Observation(r.id(), new double[] {months, mentee, mentee * months}, months, value));
            inModel.add(r.id());
            if (wave != null && waves.size() < 100) {
                waves.add(wave);
            }
        });
        return IdentificationReport.model(instrument + ":" + scale, observations, inModel.size(), waves.size(), minimum);
    }

    /** Per wave and side: relationships by the mechanism highest in their latest answer of that wave (a tie is its own group). */
    private List<IdentificationReport.Mechanisms> dominant(UUID programmeId, String instrument, List<String> mechanisms,
                                                           Map<String, ResearchData.Relationship> relationships, int minimum) {
        // wave/side -> relationship -> (submitted, dominant) of the latest answer
        Map<String, Map<String, Map.Entry<java.time.Instant, String>>> latest = new TreeMap<>();
        data.mechanisms(programmeId, instrument, mechanisms, (relationshipId, role, wave, submittedAt, first, second, third) -> {
            ResearchData.Relationship r = relationships.get(relationshipId);
            if (r == null) {
                return;
            }
            double top = Math.max(first, Math.max(second, third));
            int ties = (first == top ? 1 : 0) + (second == top ? 1 : 0) + (third == top ? 1 : 0);
            String dominant = ties > 1 ? "tie" : first == top ? mechanisms.get(0) : second == top ? mechanisms.get(1) : mechanisms.get(2);
            latest.computeIfAbsent(wave + "/" + role, k -> new HashMap<>()).merge(r.id(), Map.entry(submittedAt, dominant),
                    (a, b) -> a.getKey().isAfter(b.getKey()) ? a : b);
        });
        List<IdentificationReport.Mechanisms> out = new ArrayList<>();
        latest.forEach((waveSide, byRelationship) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            mechanisms.forEach(k -> counts.put(k, 0));
            counts.put("tie", 0);
            byRelationship.values().forEach(e -> counts.merge(e.getValue(), 1, Integer::sum));
            String[] parts = waveSide.split("/", 2);
            out.add(IdentificationReport.mechanisms(parts[0], parts[1], counts, minimum));
        });
        return out;
    }

    ReciprocalBenefits reciprocalBenefits(UUID programmeId, String instrument, List<String> facets, String wave, Motives.Keys keys) {
        int minimum = minimum();
        List<ResearchData.Relationship> relationships = data.relationships(programmeId);
        Map<String, Motives> motives = baselineMotives(programmeId, keys);
        List<ReciprocalBenefits.Facet> out = new ArrayList<>();
        for (String facet : facets) {
            Map<String, Double> values = values(data.pick(programmeId, instrument, facet, "self", "mentor", wave, false));
            out.add(ReciprocalBenefits.facet(facet, values.values().stream().mapToDouble(Double::doubleValue).toArray(),
                    units(relationships, motives, values), minimum));
        }
        return ReciprocalBenefits.of(programmeId, minimum, instrument, wave, out);
    }

    MotiveChange motiveChange(UUID programmeId, Motives.Keys keys, List<String> subscales) {
        int minimum = minimum();
        data.relationships(programmeId);
        List<String> scales = new ArrayList<>(subscales);
        if (!scales.contains(keys.orientationIndex())) {
            scales.add(keys.orientationIndex());
        }
        List<ResearchData.MentorScore> scores = data.mentorScores(programmeId, keys.instrumentKey(), scales);
        // mentor -> responses in time order
        Map<String, List<List<ResearchData.MentorScore>>> answers = new HashMap<>();
        scores.stream().collect(Collectors.groupingBy(ResearchData.MentorScore::responseId)).values().stream()
                .sorted(Comparator.comparing((List<ResearchData.MentorScore> r) -> r.get(0).submittedAt()).thenComparing(r -> r.get(0).responseId()))
                .forEach(response -> answers.computeIfAbsent(response.get(0).mentorId(), k -> new ArrayList<>()).add(response));
        List<List<List<ResearchData.MentorScore>>> repeated = answers.values().stream().filter(a -> a.size() > 1).toList();
        List<MotiveChange.Change> changes = new ArrayList<>();
        for (String subscale : subscales) {
            List<Double> differences = new ArrayList<>();
            for (List<List<ResearchData.MentorScore>> mentor : repeated) {
                Double first = value(mentor.get(0), subscale);
                Double last = value(mentor.get(mentor.size() - 1), subscale);
                if (first != null && last != null) {
                    differences.add(last - first);
                }
            }
            changes.add(MotiveChange.change(subscale, differences.stream().mapToDouble(Double::doubleValue).toArray(), minimum));
        }
        Map<String, Integer> transitions = new TreeMap<>();
        for (List<List<ResearchData.MentorScore>> mentor : repeated) {
            String from = label(mentor.get(0), keys.orientationIndex());
            String to = label(mentor.get(mentor.size() - 1), keys.orientationIndex());
            if (from != null && to != null) {
                transitions.merge(from + " → " + to, 1, Integer::sum);
            }
        }
        return MotiveChange.of(programmeId, minimum, keys.instrumentKey(), repeated.size(), changes, transitions);
    }

    MatchingFactors matchingFactors(UUID programmeId, String qualityInstrument, String qualityScale) {
        int minimum = minimum();
        List<ResearchData.Relationship> relationships = data.relationships(programmeId);
        Map<String, Map<String, Integer>> factors = data.factors(programmeId);
        Map<String, Double> quality = values(data.pick(programmeId, qualityInstrument, qualityScale, "self", "mentee", null, false));
        Map<String, ResearchData.Goals> goals = data.goals(programmeId);
        Set<String> names = new java.util.TreeSet<>();
        factors.values().forEach(f -> names.addAll(f.keySet()));
        List<MatchingFactors.Prediction> predictions = new ArrayList<>();
        for (String factor : names) {
            List<double[]> toQuality = new ArrayList<>();
            List<double[]> toGoals = new ArrayList<>();
            for (ResearchData.Relationship r : relationships) {
                Integer score = factors.getOrDefault(r.id(), Map.of()).get(factor);
                if (score == null) {
                    continue;
                }
                if (quality.containsKey(r.id())) {
                    toQuality.add(new double[] {score, quality.get(r.id())});
                }
                ResearchData.Goals g = goals.get(r.id());
                if (g != null && g.set() > 0) {
                    toGoals.add(new double[] {score, (double) g.achieved() / g.set()});
                }
            }
            predictions.add(MatchingFactors.predict(factor, "quality", toQuality, minimum));
            predictions.add(MatchingFactors.predict(factor, "goal-attainment", toGoals, minimum));
        }
        return MatchingFactors.of(programmeId, minimum, qualityInstrument + ":" + qualityScale, predictions);
    }

    private static List<OutcomesByMotives.Unit> units(List<ResearchData.Relationship> relationships, Map<String, Motives> motives,
                                                      Map<String, Double> outcome) {
        List<OutcomesByMotives.Unit> units = new ArrayList<>();
        for (ResearchData.Relationship r : relationships) {
            Motives m = motives.get(r.mentorId());
            Double y = outcome.get(r.id());
            if (m != null && y != null) {
                units.add(new OutcomesByMotives.Unit(m, y));
            }
        }
        return units;
    }

    private Map<String, Motives> baselineMotives(UUID programmeId, Motives.Keys keys) {
        return Motives.atBaseline(data.mentorScores(programmeId, keys.instrumentKey(), keys.scales()), keys);
    }

    private static Map<String, Double> values(Map<String, ResearchData.Picked> picked) {
        Map<String, Double> values = new HashMap<>();
        picked.forEach((id, p) -> values.put(id, p.value()));
        return values;
    }

    private static Double value(List<ResearchData.MentorScore> response, String scale) {
        return response.stream().filter(s -> s.scale().equals(scale)).map(ResearchData.MentorScore::value).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String label(List<ResearchData.MentorScore> response, String index) {
        return response.stream().filter(s -> s.scale().equals(index)).map(ResearchData.MentorScore::label).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private int minimum() {
        return Suppression.minimum(settings.rules().minGroupSize());
    }

    static void requireCovariates(List<String> covariates) {
        for (String c : covariates) {
            if (!c.matches("[a-z][a-z0-9-]{0,62}:[a-z][a-z0-9-]{0,62}")) {
                throw ProblemException.invalid("covariate", "must be instrumentKey:scaleKey, e.g. mentee-needs:support-need");
            }
        }
    }
}
