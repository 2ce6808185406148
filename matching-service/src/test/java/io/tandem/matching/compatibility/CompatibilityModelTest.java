package io.tandem.matching.compatibility;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompatibilityModelTest {

    private static Person person(String id, String manager, Integer level, Integer offset, Set<String> languages) {
        return new Person(id, manager, level, offset, languages, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, List.of());
    }

    private static final Person MENTOR = new Person("m1", null, 6, 60, Set.of("en", "de"),
            Set.of("java", "architecture", "negotiation"), Set.of(), Set.of("genai", "tiktok"),
            Set.of(), Set.of("tech-lead", "staff-engineer"), Set.of("first-promotion", "relocation"), Set.of(),
            Set.of("candour", "curiosity", "calm"), null, List.of());

    private static final Person MENTEE = new Person("e1", null, 2, 120, Set.of("en"),
            Set.of("genai", "excel"), Set.of("java", "architecture", "public-speaking", "sql"), Set.of(),
            Set.of("staff-engineer"), Set.of("developer"), Set.of(), Set.of("first-promotion", "imposter-syndrome"),
            Set.of("curiosity", "candour", "speed"), 0.8, List.of());

    private static CompatibilityModel model(PairingKind kind, Map<String, String> managers) {
        return new CompatibilityModel(MatchingRules.defaults(kind, managers));
    }

    @Test
    void scoresEachFactorByItsDocumentedFormula() {
        Motives otherFocused = new Motives(6.0, 2.0, 1, 7);
        PairAssessment pair = model(PairingKind.CLASSIC, Map.of()).assess(MENTOR, MENTEE, otherFocused);
        assertThat(pair.allowed()).isTrue();
        Map<Factor, Integer> scores = new java.util.EnumMap<>(Factor.class);
        pair.factors().forEach(f -> scores.put(f.factor(), f.score()));
        assertThat(scores.get(Factor.GOAL_FIT)).isEqualTo(500);        // 2 of 4 goals
        assertThat(scores.get(Factor.RECIPROCITY)).isEqualTo(500);     // 1 of 2 interests
        // future 1/1 = 1000, past 1/2 = 500, present 2/4 = 500 -> mean 667
        assertThat(scores.get(Factor.IDENTIFICATION)).isEqualTo(667);
        // o = 5/6, s = 1/6 of the 1..7 range: g = (5/6 + 5/6) / 2 = 0.8333; need 0.8: 1000 (0.8 * 0.8333 + 0.2 * 0.5) = 766.7
        assertThat(scores.get(Factor.MOTIVE_FIT)).isEqualTo(767);
        // 60 min apart: 1000 - 125 = 875
        assertThat(scores.get(Factor.LOGISTICS)).isEqualTo(875);
        // equal weights: (500 + 500 + 667 + 767 + 875) / 5 = 661.8 -> 662
        assertThat(pair.score()).isEqualTo(662);
        assertThat(pair.factors().get(0).explanation()).isEqualTo("the mentor offers 2 of the mentee's 4 learning goals (architecture, java)");
    }

    @Test
    void motiveFitRisesWithOtherFocusFallsWithSelfFocusAndCountsMoreTheMoreAMenteeNeedsSupport() {
        CompatibilityModel model = model(PairingKind.CLASSIC, Map.of());
        // the old exception gave a slightly self-focused mentor 1000 and a slightly other-focused one 504
        int slightlySelf = motiveFit(model, new Motives(4.0, 4.1, 1, 7), 0.8);
        int slightlyOther = motiveFit(model, new Motives(4.1, 4.0, 1, 7), 0.8);
        assertThat(slightlySelf).isLessThan(slightlyOther);
        assertThat(slightlyOther - slightlySelf).isLessThan(30);
        for (double other = 1; other < 7; other += 0.5) {
            assertThat(motiveFit(model, new Motives(other + 0.5, 3, 1, 7), 0.6)).isGreaterThan(motiveFit(model, new Motives(other, 3, 1, 7), 0.6));
        }
        for (double self = 1; self < 7; self += 0.5) {
            assertThat(motiveFit(model, new Motives(5, self + 0.5, 1, 7), 0.6)).isLessThan(motiveFit(model, new Motives(5, self, 1, 7), 0.6));
        }
        Motives generous = new Motives(7, 1, 1, 7);
        assertThat(motiveFit(model, generous, 0.0)).as("a mentee who needs no support is indifferent").isEqualTo(500);
        assertThat(motiveFit(model, generous, 0.5)).isEqualTo(750);
        assertThat(motiveFit(model, generous, 1.0)).isEqualTo(1000);
        assertThat(motiveFit(model, new Motives(1, 7, 1, 7), 1.0)).isZero();
        // scaled by the instrument's own range: a 1..5 instrument's top is as other-focused as a 1..7 one's
        assertThat(motiveFit(model, new Motives(5, 1, 1, 5), 1.0)).isEqualTo(1000);
    }

    @Test
    void aFactorWithoutDataIsLeftOutAndTheOtherWeightsRenormalised() {
        MatchingRules rules = new MatchingRules(Map.of(Factor.GOAL_FIT, 60, Factor.LOGISTICS, 20, Factor.MOTIVE_FIT, 20),
                EnumSet.noneOf(HardRule.class), PairingKind.CLASSIC, Set.of(), Map.of());
        CompatibilityModel model = new CompatibilityModel(rules);
        Person mentor = new Person("m", null, 5, 0, Set.of(), Set.of("java"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, List.of());
        Person partly = new Person("p", null, 1, 240, Set.of(), Set.of(), Set.of("java", "sql", "go", "rust"), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), null, List.of());
        PairAssessment pair = model.assess(mentor, partly, null);
        FactorScore motive = pair.factors().get(3);
        assertThat(motive.noData()).isTrue();
        assertThat(motive.explanation()).contains("left out").contains("renormalised");
        // goal fit 250 (1 of 4), logistics 500 (4 h apart); motive fit has no data: (250 * 60 + 500 * 20) / 80 = 312.5 -> 313
        assertThat(pair.score()).isEqualTo(313);
        Person empty = new Person("q", null, 1, 240, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, List.of());
        PairAssessment unknown = model.assess(mentor, empty, null);
        assertThat(unknown.factors().get(0).noData()).isTrue();
        assertThat(unknown.factors().get(0).score()).as("no data scores nothing, not a neutral 500").isZero();
        assertThat(unknown.score()).isEqualTo(500);
        Person nothing = new Person("r", null, 1, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, List.of());
        assertThat(model.assess(mentor, nothing, null).score()).as("no weighted factor has data").isZero();
    }

    @Test
    void theManagementChainFromTheHrPlatformCatchesASkipLevelManagerWhoseMiddleManagerIsNotEnrolled() {
        CompatibilityModel classic = model(PairingKind.CLASSIC, Map.of("e", "mid"));
        Person top = person("top", null, 9, 0, Set.of());
        Person withoutChain = person("e", "mid", 1, 0, Set.of());
        assertThat(classic.assess(top, withoutChain, null).allowed()).as("mid is not enrolled, so the enrolled managers say nothing").isTrue();
        Person withChain = new Person("e", "mid", 1, 0, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, List.of("mid", "top"));
        PairAssessment removed = classic.assess(top, withChain, null);
        assertThat(removed.removedBy()).isEqualTo(HardRule.MANAGEMENT_CHAIN);
        assertThat(removed.removalReason()).isEqualTo("top is in e's management chain");
    }

    private static int motiveFit(CompatibilityModel model, Motives motives, double need) {
        Person mentee = new Person("e", null, 1, 0, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), need, List.of());
        return model.assess(MENTOR, mentee, motives).factors().get(3).score();
    }

    @Test
    void hardRulesRemovePairsAndSayWhy() {
        Map<String, String> managers = Map.of("e", "boss", "boss", "top");
        CompatibilityModel classic = model(PairingKind.CLASSIC, managers);
        assertThat(classic.assess(person("top", null, 9, 0, Set.of()), person("e", "boss", 1, 0, Set.of()), null).removedBy())
                .isEqualTo(HardRule.MANAGEMENT_CHAIN);
        assertThat(classic.assess(person("x", null, 3, 0, Set.of()), person("y", null, 3, 0, Set.of()), null).removedBy())
                .isEqualTo(HardRule.SENIORITY);
        assertThat(classic.assess(person("x", null, 5, 0, Set.of("fr")), person("y", null, 3, 0, Set.of("en")), null).removalReason())
                .isEqualTo("they share no language (fr / en)");
        assertThat(classic.assess(person("x", null, 5, 0, Set.of()), person("x", null, 3, 0, Set.of()), null).removedBy())
                .isEqualTo(HardRule.SAME_PERSON);
        assertThat(model(PairingKind.REVERSE, Map.of()).assess(person("x", null, 2, 0, Set.of()), person("y", null, 7, 0, Set.of()), null)
                .allowed()).isTrue();
        assertThat(model(PairingKind.REVERSE, Map.of()).assess(person("x", null, 7, 0, Set.of()), person("y", null, 2, 0, Set.of()), null)
                .removedBy()).isEqualTo(HardRule.SENIORITY);
        assertThat(model(PairingKind.PEER, Map.of()).assess(person("x", null, 3, 0, Set.of()), person("y", null, 3, 0, Set.of()), null)
                .allowed()).isTrue();
        MatchingRules excluded = new MatchingRules(Map.of(Factor.GOAL_FIT, 1), EnumSet.of(HardRule.EXCLUSION), PairingKind.PEER,
                Set.of(Set.of("x", "y")), Map.of());
        assertThat(new CompatibilityModel(excluded).assess(person("y", null, 1, 0, Set.of()), person("x", null, 1, 0, Set.of()), null)
                .removedBy()).isEqualTo(HardRule.EXCLUSION);
    }

    @Test
    void switchedOffRulesDoNotApply() {
        MatchingRules lenient = new MatchingRules(Map.of(Factor.LOGISTICS, 100), EnumSet.noneOf(HardRule.class), PairingKind.CLASSIC,
                Set.of(), Map.of("e", "m"));
        PairAssessment pair = new CompatibilityModel(lenient).assess(person("m", null, 1, null, Set.of("fr")),
                person("e", "m", 5, 0, Set.of("en")), null);
        assertThat(pair.allowed()).isTrue();
        assertThat(pair.factors().get(4).explanation()).contains("time zone is unknown");
    }
}
