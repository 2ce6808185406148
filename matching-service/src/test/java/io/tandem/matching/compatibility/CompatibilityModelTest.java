package io.tandem.matching.compatibility;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompatibilityModelTest {

    private static Person person(String id, String manager, Integer level, Integer offset, Set<String> languages) {
        return new Person(id, manager, level, offset, languages, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null);
    }

    private static final Person MENTOR = new Person("m1", null, 6, 60, Set.of("en", "de"),
            Set.of("java", "architecture", "negotiation"), Set.of(), Set.of("genai", "tiktok"),
            Set.of(), Set.of("tech-lead", "staff-engineer"), Set.of("first-promotion", "relocation"), Set.of(),
            Set.of("candour", "curiosity", "calm"), null);

    private static final Person MENTEE = new Person("e1", null, 2, 120, Set.of("en"),
            Set.of("genai", "excel"), Set.of("java", "architecture", "public-speaking", "sql"), Set.of(),
            Set.of("staff-engineer"), Set.of("developer"), Set.of(), Set.of("first-promotion", "imposter-syndrome"),
            Set.of("curiosity", "candour", "speed"), 800);

    private static CompatibilityModel model(PairingKind kind, Map<String, String> managers) {
        return new CompatibilityModel(MatchingRules.defaults(kind, managers));
    }

    @Test
    void scoresEachFactorByItsDocumentedFormula() {
        Motives otherFocused = new Motives(6.0, 2.0, 3.0, 2.0, 2.0);
        PairAssessment pair = model(PairingKind.CLASSIC, Map.of()).assess(MENTOR, MENTEE, otherFocused);
        assertThat(pair.allowed()).isTrue();
        Map<Factor, Integer> scores = new java.util.EnumMap<>(Factor.class);
        pair.factors().forEach(f -> scores.put(f.factor(), f.score()));
        assertThat(scores.get(Factor.GOAL_FIT)).isEqualTo(500);        // 2 of 4 goals
        assertThat(scores.get(Factor.RECIPROCITY)).isEqualTo(500);     // 1 of 2 interests
        // future 1/1 = 1000, past 1/2 = 500, present 2/4 = 500 -> mean 667
        assertThat(scores.get(Factor.IDENTIFICATION)).isEqualTo(667);
        // orientation +4 -> base 833; need 800: (800*833 + 200*500 + 500) / 1000 = 766
        assertThat(scores.get(Factor.MOTIVE_FIT)).isEqualTo(766);
        // 60 min apart: 1000 - 125 = 875
        assertThat(scores.get(Factor.LOGISTICS)).isEqualTo(875);
        // equal weights: (500 + 500 + 667 + 766 + 875) / 5 = 661.6 -> 662
        assertThat(pair.score()).isEqualTo(662);
        assertThat(pair.factors().get(0).explanation()).isEqualTo("the mentor offers 2 of the mentee's 4 learning goals (architecture, java)");
    }

    @Test
    void aLearningDrivenSelfFocusedMentorIsSteeredToReciprocity() {
        Motives learner = new Motives(2.0, 5.0, 6.0, 4.0, 3.0);
        Person teachingMentee = new Person("e2", null, 2, 60, Set.of("en"), Set.of("genai", "tiktok"), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), 800);
        PairAssessment pair = model(PairingKind.CLASSIC, Map.of()).assess(MENTOR, teachingMentee, learner);
        FactorScore motive = pair.factors().stream().filter(f -> f.factor() == Factor.MOTIVE_FIT).findFirst().orElseThrow();
        assertThat(motive.score()).isEqualTo(1000);
        assertThat(motive.explanation()).contains("mainly to learn");
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
    void switchedOffRulesDoNotApplyAndMissingDataIsNeutral() {
        MatchingRules lenient = new MatchingRules(Map.of(Factor.LOGISTICS, 100), EnumSet.noneOf(HardRule.class), PairingKind.CLASSIC,
                Set.of(), Map.of("e", "m"));
        PairAssessment pair = new CompatibilityModel(lenient).assess(person("m", null, 1, null, Set.of("fr")),
                person("e", "m", 5, 0, Set.of("en")), null);
        assertThat(pair.allowed()).isTrue();
        assertThat(pair.score()).isEqualTo(500);
        assertThat(pair.factors().get(4).explanation()).contains("time zone is unknown");
    }
}
