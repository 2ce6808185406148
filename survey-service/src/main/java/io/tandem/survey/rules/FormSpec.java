package io.tandem.survey.rules;

import java.util.List;

/** One instrument version's items (in display order), scales and indices. */
public record FormSpec(List<ItemSpec> items, List<ScaleSpec> scales, List<IndexSpec> indices) {

    public FormSpec {
        items = items == null ? List.of() : List.copyOf(items);
        scales = scales == null ? List.of() : List.copyOf(scales);
        indices = indices == null ? List.of() : List.copyOf(indices);
    }
}
