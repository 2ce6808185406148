package io.tandem.survey.rules;

import io.tandem.survey.scoring.IndexDefinition;
import io.tandem.survey.scoring.ItemRange;
import io.tandem.survey.scoring.ScaleDefinition;
import io.tandem.survey.scoring.Score;
import io.tandem.survey.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one validated submission of a published definition. Items that skip logic disabled are
 * left out of their scale, so they never count as missing; a scale whose items are all disabled has
 * no score.
 */
public final class DefinitionScoring {

    private DefinitionScoring() {
    }

    public static Map<String, Score> score(FormSpec form, Map<String, Object> answers) {
        Map<String, ItemSpec> items = new HashMap<>();
        Map<String, ItemRange> ranges = new HashMap<>();
        for (ItemSpec item : form.items()) {
            items.put(item.linkId(), item);
            if (item.kind().numeric() && item.lowest() != null && item.highest() != null) {
                ranges.put(item.linkId(), new ItemRange(item.lowest(), item.highest()));
            }
        }
        Map<String, Double> numeric = AnswerValidator.numericAnswers(form, answers);
        List<ScaleDefinition> scales = new ArrayList<>();
        Map<String, Score> unscorable = new LinkedHashMap<>();
        for (ScaleSpec scale : form.scales()) {
            List<String> enabled = scale.items().stream()
                    .filter(linkId -> ConditionCheck.enabled(items.get(linkId).enableWhen(), answers))
                    .toList();
            if (enabled.isEmpty()) {
                unscorable.put(scale.key(), new Score(scale.key(), null, null, 0, 0, "skip logic disabled every item of the scale"));
                continue;
            }
            Set<String> reversed = Set.copyOf(scale.reversed().stream().filter(enabled::contains).toList());
            scales.add(new ScaleDefinition(scale.key(), enabled, reversed, scale.rule(), scale.minAnsweredShareOrDefault()));
        }
        List<IndexDefinition> indices = form.indices().stream().map(IndexSpec::scoring).toList();
        Map<String, Score> scored = ScoringEngine.score(numeric, ranges, scales, unscorable, indices);
        Map<String, Score> ordered = new LinkedHashMap<>();
        form.scales().forEach(s -> ordered.put(s.key(), scored.get(s.key())));
        form.indices().forEach(x -> ordered.put(x.key(), scored.get(x.key())));
        return ordered;
    }
}
