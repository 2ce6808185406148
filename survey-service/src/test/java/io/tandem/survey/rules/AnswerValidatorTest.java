package io.tandem.survey.rules;

import io.tandem.survey.definition.SampleDefinition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerValidatorTest {

    private static final FormSpec SAMPLE = SampleDefinition.form();

    private static List<DefinitionProblem> submit(String json) {
        return AnswerValidator.checkSubmission(SAMPLE, SampleDefinition.answers(json));
    }

    @Test
    void acceptsACompleteValidSubmission() {
        assertThat(submit("""
                {"q1": 4, "q2": 5, "q3": 2, "has-mentor": true, "q4": 3, "channel": "chat",
                 "topics": ["career", "skills"], "hours": 12, "comment": "all good", "closeness": 6}
                """)).isEmpty();
    }

    @Test
    void disabledItemsAreNeitherRequiredNorAllowed() {
        assertThat(submit("{\"q1\": 4, \"q2\": 5, \"has-mentor\": false}")).isEmpty();
        assertThat(submit("{\"q1\": 4, \"q2\": 5, \"has-mentor\": false, \"q4\": 2}"))
                .containsExactly(new DefinitionProblem("answers.q4", "must not be answered: skip logic disables it"));
    }

    @Test
    void reportsEveryWrongAnswerAtOnce() {
        List<DefinitionProblem> problems = submit("""
                {"q1": 6, "q2": 2.5, "has-mentor": "yes", "channel": "fax", "topics": ["career", "career"],
                 "hours": 41, "comment": "this text is far too long", "closeness": 0, "q9": 1}
                """);
        assertThat(problems).extracting(DefinitionProblem::field).containsExactlyInAnyOrder(
                "answers.q9", "answers.q1", "answers.q2", "answers.has-mentor", "answers.channel", "answers.topics",
                "answers.hours", "answers.comment", "answers.closeness");
        assertThat(problems).contains(new DefinitionProblem("answers.q1", "must be between 1 and 5"),
                new DefinitionProblem("answers.q2", "must be a whole number"),
                new DefinitionProblem("answers.q9", "the instrument has no item 'q9'"),
                new DefinitionProblem("answers.comment", "must be at most 20 characters"),
                // has-mentor is not true, so skip logic disables closeness
                new DefinitionProblem("answers.closeness", "must not be answered: skip logic disables it"));
    }

    @Test
    void requiredItemsMustBeAnsweredOnSubmitButNotInADraft() {
        Map<String, Object> partial = SampleDefinition.answers("{\"q1\": 3}");
        assertThat(AnswerValidator.checkDraft(SAMPLE, partial)).isEmpty();
        assertThat(AnswerValidator.checkSubmission(SAMPLE, partial)).extracting(DefinitionProblem::field)
                .containsExactlyInAnyOrder("answers.q2", "answers.has-mentor");
    }

    @Test
    void numericConditionsCompareNumbers() {
        ConditionSpec above = new ConditionSpec("hours", ConditionSpec.Operator.GREATER_THAN, 10);
        assertThat(ConditionCheck.enabled(above, Map.of("hours", 11))).isTrue();
        assertThat(ConditionCheck.enabled(above, Map.of("hours", 10))).isFalse();
        assertThat(ConditionCheck.enabled(above, Map.of())).isFalse();
        assertThat(ConditionCheck.enabled(new ConditionSpec("hours", ConditionSpec.Operator.EXISTS, false), Map.of())).isTrue();
        assertThat(ConditionCheck.enabled(new ConditionSpec("topics", ConditionSpec.Operator.EQUALS, "skills"),
                Map.of("topics", List.of("career", "skills")))).isTrue();
        assertThat(ConditionCheck.enabled(new ConditionSpec("q1", ConditionSpec.Operator.NOT_EQUALS, 3), Map.of("q1", 3.0))).isFalse();
    }
}
