package io.tandem.survey.rules;

import io.tandem.survey.definition.ConditionOperator;
import io.tandem.survey.definition.ItemType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's enums and the rules' enums name the same things, so the conversion never fails. */
class FormSpecsTest {

    @Test
    void everyApiItemTypeAndOperatorHasARulesCounterpart() {
        assertThat(Arrays.stream(ItemType.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(AnswerKind.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(ConditionOperator.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(ConditionSpec.Operator.values()).map(Enum::name).toList());
    }
}
