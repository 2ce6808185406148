package io.tandem.survey.definition;

import io.tandem.survey.rules.AnswerKind;
import io.tandem.survey.rules.ConditionSpec;
import io.tandem.survey.rules.FormSpec;
import io.tandem.survey.rules.IndexSpec;
import io.tandem.survey.rules.ItemSpec;
import io.tandem.survey.rules.ScaleSpec;
import io.tandem.survey.scoring.IndexDefinition;
import io.tandem.survey.scoring.ScoringRule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the API's definition records into the plain specs the rules work on. */
public final class FormSpecs {

    private FormSpecs() {
    }

    public static FormSpec of(InstrumentDefinition definition) {
        return new FormSpec(definition.items().stream().map(FormSpecs::item).toList(),
                definition.scales().stream().map(FormSpecs::scale).toList(),
                definition.indices().stream().map(FormSpecs::index).toList());
    }

    public static ItemSpec item(Item item) {
        List<ItemSpec.Anchor> anchors = item.anchors() == null ? List.of()
                : item.anchors().stream().map(a -> new ItemSpec.Anchor(a.value(), locales(a.label()))).toList();
        List<ItemSpec.Option> options = item.options() == null ? List.of()
                : item.options().stream().map(o -> new ItemSpec.Option(o.code(), locales(o.label()))).toList();
        return new ItemSpec(item.linkId(), AnswerKind.valueOf(item.type().name()), locales(item.text()),
                Boolean.TRUE.equals(item.required()), item.min(), item.max(), item.integer(), anchors, options, item.maxLength(),
                condition(item.enableWhen()));
    }

    private static ConditionSpec condition(EnableWhen when) {
        return when == null ? null
                : new ConditionSpec(when.linkId(), ConditionSpec.Operator.valueOf(when.operator().name()), when.value());
    }

    private static ScaleSpec scale(Scale scale) {
        ScoringRule rule = scale.rule() == Scale.Rule.SUM ? ScoringRule.SUM : ScoringRule.MEAN;
        return new ScaleSpec(scale.key(), scale.name() == null ? null : locales(scale.name()), scale.items(), scale.reversed(), rule,
                scale.minAnsweredShare());
    }

    private static IndexSpec index(Index index) {
        IndexDefinition.Kind kind = index.kind() == Index.Kind.DIFFERENCE ? IndexDefinition.Kind.DIFFERENCE : IndexDefinition.Kind.MEAN;
        List<IndexDefinition.Band> bands = index.bands() == null ? List.of()
                : index.bands().stream().map(b -> new IndexDefinition.Band(b.label(), b.from(), b.to())).toList();
        Index.Uncertainty u = index.uncertainty();
        IndexDefinition.Uncertainty uncertainty = u == null ? null
                : new IndexDefinition.Uncertainty(u.level(), u.reliability(), u.sd(), u.uncertainLabel());
        return new IndexSpec(index.key(), index.name() == null ? null : locales(index.name()), kind, index.operands(), bands, uncertainty);
    }

    private static Set<String> locales(Map<String, String> texts) {
        return texts == null ? Set.of() : texts.keySet();
    }
}
