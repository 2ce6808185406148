package io.tandem.survey.definition;

import io.tandem.survey.scoring.IndexDefinition;
import io.tandem.survey.scoring.ItemRange;
import io.tandem.survey.scoring.ScaleDefinition;
import io.tandem.survey.scoring.Score;
import io.tandem.survey.scoring.ScoringEngine;
import io.tandem.survey.scoring.ScoringRule;

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

    public static Map<String, Score> score(InstrumentDefinition definition, Map<String, Object> answers) {
        Map<String, Item> items = new HashMap<>();
        Map<String, ItemRange> ranges = new HashMap<>();
        for (Item item : definition.items()) {
            items.put(item.linkId(), item);
            if (item.type().numeric() && item.lowest() != null && item.highest() != null) {
                ranges.put(item.linkId(), new ItemRange(item.lowest(), item.highest()));
            }
        }
        Map<String, Double> numeric = AnswerValidator.numericAnswers(definition, answers);
        List<ScaleDefinition> scales = new ArrayList<>();
        Map<String, Score> unscorable = new LinkedHashMap<>();
        for (Scale scale : definition.scales()) {
            List<String> enabled = scale.items().stream()
                    .filter(linkId -> ConditionCheck.enabled(items.get(linkId).enableWhen(), answers))
                    .toList();
            if (enabled.isEmpty()) {
                unscorable.put(scale.key(), new Score(scale.key(), null, null, 0, 0, "skip logic disabled every item of the scale"));
                continue;
            }
            Set<String> reversed = Set.copyOf(scale.reversedOrEmpty().stream().filter(enabled::contains).toList());
            ScoringRule rule = scale.ruleOrDefault() == Scale.Rule.SUM ? ScoringRule.SUM : ScoringRule.MEAN;
            scales.add(new ScaleDefinition(scale.key(), enabled, reversed, rule, scale.minAnsweredShareOrDefault()));
        }
        List<IndexDefinition> indices = definition.indices().stream().map(DefinitionScoring::index).toList();
        Map<String, Score> scored = ScoringEngine.score(numeric, ranges, scales, unscorable, indices);
        Map<String, Score> ordered = new LinkedHashMap<>();
        definition.scales().forEach(s -> ordered.put(s.key(), scored.get(s.key())));
        definition.indices().forEach(x -> ordered.put(x.key(), scored.get(x.key())));
        return ordered;
    }

    private static IndexDefinition index(Index index) {
        IndexDefinition.Kind kind = index.kind() == Index.Kind.DIFFERENCE ? IndexDefinition.Kind.DIFFERENCE : IndexDefinition.Kind.MEAN;
        List<IndexDefinition.Band> bands = index.bandsOrEmpty().stream()
                .map(b -> new IndexDefinition.Band(b.label(), b.from(), b.to())).toList();
        return new IndexDefinition(index.key(), kind, index.operands(), bands);
    }
}
