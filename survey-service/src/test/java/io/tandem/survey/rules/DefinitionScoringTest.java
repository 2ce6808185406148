package io.tandem.survey.rules;

import io.tandem.survey.definition.SampleDefinition;

import io.tandem.survey.scoring.Score;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionScoringTest {

    private static Map<String, Score> score(String answers) {
        return DefinitionScoring.score(SampleDefinition.form(), SampleDefinition.answers(answers));
    }

    @Test
    void scoresScalesWithReverseKeysAndTheBandedIndex() {
        // engagement = mean(4, 5, 6 - 2) = 4.333; support = sum rule: mean(3, 6) * 2 = 9; balance = 4.333 - 9
        Map<String, Score> scores = score("{\"q1\": 4, \"q2\": 5, \"q3\": 2, \"has-mentor\": true, \"q4\": 3, \"closeness\": 6}");
        assertThat(scores.get("engagement").value()).isCloseTo(13.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scores.get("support").value()).isEqualTo(9.0);
        assertThat(scores.get("balance").value()).isCloseTo(13.0 / 3 - 9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(scores.get("balance").label()).isEqualTo("low");
    }

    @Test
    void disabledItemsDoNotCountAsMissing() {
        Map<String, Score> scores = score("{\"q1\": 4, \"q2\": 5, \"has-mentor\": false}");
        // q3 skipped: 2 of 3 answered is below 75%
        assertThat(scores.get("engagement").value()).isNull();
        assertThat(scores.get("engagement").missingReason()).contains("only 2 of 3");
        // every support item disabled by skip logic
        assertThat(scores.get("support").value()).isNull();
        assertThat(scores.get("support").missingReason()).contains("skip logic");
        assertThat(scores.get("balance").missingReason()).contains("engagement, support");
    }
}
