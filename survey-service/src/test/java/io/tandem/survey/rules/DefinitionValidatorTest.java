package io.tandem.survey.rules;

import io.tandem.survey.definition.SampleDefinition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionValidatorTest {

    private static final Set<String> EN_DE = Set.of("en", "de");

    private static List<DefinitionProblem> validate(String json, Set<String> locales) {
        return DefinitionValidator.validate(SampleDefinition.formOf(json), locales);
    }

    @Test
    void acceptsTheSampleDefinition() {
        assertThat(DefinitionValidator.validate(SampleDefinition.form(), EN_DE)).isEmpty();
    }

    @Test
    void refusesAnEmptyDefinition() {
        assertThat(validate("{}", Set.of("en"))).extracting(DefinitionProblem::field).containsExactly("definition.items");
    }

    @Test
    void listsEveryProblemAtOnce() {
        String json = """
                {"items": [
                  {"linkId": "a", "type": "likert", "min": 5, "max": 5, "text": {"en": "A"}},
                  {"linkId": "a", "type": "text", "text": {"en": "A again"}},
                  {"linkId": "b", "type": "likert", "min": 1, "max": 7, "text": {"de": "Nur Deutsch"},
                   "enableWhen": {"linkId": "c", "operator": "exists", "value": true}},
                  {"linkId": "c", "type": "number", "text": {"en": "C"}},
                  {"linkId": "d", "type": "boolean", "text": {"en": "D"},
                   "enableWhen": {"linkId": "ghost", "operator": "exists", "value": true}},
                  {"linkId": "e", "type": "text", "text": {"en": "E"}}],
                 "scales": [
                  {"key": "s", "items": ["a", "e", "nowhere", "c"], "reversed": ["b"]}],
                 "indices": [
                  {"key": "x", "kind": "mean", "operands": ["y"]},
                  {"key": "y", "kind": "difference", "operands": ["x", "s"]},
                  {"key": "z", "kind": "difference", "operands": ["s"]}]}
                """;
        List<DefinitionProblem> problems = validate(json, Set.of("en"));
        assertThat(problems).extracting(DefinitionProblem::field).contains(
                "definition.items[0].min",               // likert min >= max
                "definition.items[1].linkId",            // duplicate linkId
                "definition.items[2].text",              // missing en
                "definition.items[2].enableWhen.linkId", // points forward
                "definition.items[4].enableWhen.linkId", // missing item
                "definition.scales[0].items[1]",         // text item is not numeric
                "definition.scales[0].items[2]",         // unknown item
                "definition.scales[0].items[3]",         // number without bounds
                "definition.scales[0].reversed[0]",      // reverses an item it lacks
                "definition.indices[0].operands",        // cycle x -> y -> x
                "definition.indices[1].operands",        // cycle y -> x -> y
                "definition.indices[2].operands");       // difference needs 2 operands
        assertThat(problems).filteredOn(p -> p.field().equals("definition.items[0].min"))
                .extracting(DefinitionProblem::message).containsExactly("likert min (5) must be below max (5)");
    }

    @Test
    void refusesConditionValuesThatCannotMatchTheEarlierItem() {
        String json = """
                {"items": [
                  {"linkId": "pick", "type": "single-choice", "text": {"en": "Pick"},
                   "options": [{"code": "x", "label": {"en": "X"}}, {"code": "y", "label": {"en": "Y"}}]},
                  {"linkId": "n", "type": "boolean", "text": {"en": "N"}, "enableWhen": {"linkId": "pick", "operator": "equals", "value": "z"}},
                  {"linkId": "m", "type": "boolean", "text": {"en": "M"}, "enableWhen": {"linkId": "pick", "operator": "greater-than", "value": 2}},
                  {"linkId": "k", "type": "boolean", "text": {"en": "K"}, "enableWhen": {"linkId": "pick", "operator": "exists", "value": "yes"}}]}
                """;
        assertThat(validate(json, Set.of("en"))).extracting(DefinitionProblem::field).containsExactly(
                "definition.items[1].enableWhen.value", "definition.items[2].enableWhen.value", "definition.items[3].enableWhen.value");
    }

    @Test
    void requiresEveryLocaleOfTheInstrumentOnOptionsAnchorsAndScaleNames() {
        List<DefinitionProblem> problems = DefinitionValidator.validate(SampleDefinition.form(), Set.of("en", "de", "fr"));
        assertThat(problems).extracting(DefinitionProblem::message).allMatch(m -> m.equals("missing the 'fr' text"));
        assertThat(problems).extracting(DefinitionProblem::field)
                .contains("definition.items[0].text", "definition.items[0].anchors[0].label",
                        "definition.items[5].options[1].label", "definition.scales[0].name");
    }

    @Test
    void refusesFieldsThatDoNotBelongToTheType() {
        String json = """
                {"items": [
                  {"linkId": "t", "type": "text", "text": {"en": "T"}, "min": 1, "options": [{"code": "a", "label": {"en": "A"}}]},
                  {"linkId": "c", "type": "single-choice", "text": {"en": "C"}, "options": [{"code": "a", "label": {"en": "A"}},
                   {"code": "a", "label": {"en": "A"}}], "maxLength": 3}]}
                """;
        assertThat(validate(json, Set.of("en"))).extracting(DefinitionProblem::field).containsExactlyInAnyOrder(
                "definition.items[0].options", "definition.items[0].min",
                "definition.items[1].options[1].code", "definition.items[1].maxLength");
    }

    @Test
    void refusesScalesThatOverlapInPartButAllowsWholeComposites() {
        String composite = SampleDefinition.JSON.replace("{\"key\": \"support\", \"items\": [\"q4\", \"closeness\"]",
                "{\"key\": \"all\", \"items\": [\"q1\", \"q2\", \"q3\"]}, {\"key\": \"support\", \"items\": [\"q4\", \"closeness\"]");
        assertThat(validate(composite, EN_DE)).isEmpty();
        String partial = SampleDefinition.JSON.replace("{\"key\": \"support\", \"items\": [\"q4\", \"closeness\"]",
                "{\"key\": \"mixed\", \"items\": [\"q3\", \"q4\"]}, {\"key\": \"support\", \"items\": [\"q4\", \"closeness\"]");
        assertThat(validate(partial, EN_DE)).extracting(DefinitionProblem::field)
                .containsExactly("definition.scales[1].items", "definition.scales[2].items");
    }
}
