package io.tandem.survey.rules;

import io.tandem.survey.scoring.IndexDefinition;

import java.util.List;
import java.util.Set;

/** A derived score as written; {@link #scoring()} is valid only once the validator found nothing. */
public record IndexSpec(String key, Set<String> nameLocales, IndexDefinition.Kind kind, List<String> operands,
                        List<IndexDefinition.Band> bands, IndexDefinition.Uncertainty uncertainty) {

    public IndexSpec {
        operands = List.copyOf(operands);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    IndexDefinition scoring() {
        return new IndexDefinition(key, kind, operands, bands, uncertainty);
    }
}
