package io.tandem.survey.rules;

import io.tandem.survey.scoring.IndexDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole definition before it is published and lists every problem, so that an author can
 * fix them all in one pass. Structural bounds (sizes, patterns) are checked earlier, on every write.
 */
public final class DefinitionValidator {

    private final FormSpec form;
    private final Set<String> locales;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, ItemSpec> items = new HashMap<>();

    private DefinitionValidator(FormSpec form, Set<String> locales) {
        this.form = form;
        this.locales = locales;
    }

    /**
     * @param locales the instrument's locales (those of its title); every required text must exist in each
     */
    public static List<DefinitionProblem> validate(FormSpec form, Set<String> locales) {
        DefinitionValidator validator = new DefinitionValidator(form, locales);
        validator.checkItems();
        validator.checkScalesAndIndices();
        return List.copyOf(validator.problems);
    }

    private void problem(String field, String message) {
        problems.add(new DefinitionProblem(field, message));
    }

    private void checkItems() {
        List<ItemSpec> list = form.items();
        if (list.isEmpty()) {
            problem("definition.items", "a published instrument needs at least one item");
        }
        for (int i = 0; i < list.size(); i++) {
            ItemSpec item = list.get(i);
            String path = "definition.items[" + i + "]";
            if (positions.putIfAbsent(item.linkId(), i) != null) {
                problem(path + ".linkId", "duplicate linkId '" + item.linkId() + "' (first used by items[" + positions.get(item.linkId()) + "])");
            } else {
                items.put(item.linkId(), item);
            }
            checkTexts(path + ".text", item.textLocales());
            checkTypeFields(path, item);
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).enableWhen() != null) {
                checkEnableWhen("definition.items[" + i + "].enableWhen", i, list.get(i).enableWhen());
            }
        }
    }

    private void checkTexts(String path, Set<String> texts) {
        for (String locale : locales) {
            if (texts == null || !texts.contains(locale)) {
                problem(path, "missing the '" + locale + "' text");
            }
        }
    }

    private void checkTypeFields(String path, ItemSpec item) {
        AnswerKind type = item.kind();
        if (type == AnswerKind.LIKERT) {
            checkLikert(path, item);
        } else if (!item.anchors().isEmpty()) {
            problem(path + ".anchors", "only likert items have anchors");
        }
        if (type.choice()) {
            checkOptions(path, item);
        } else if (!item.options().isEmpty()) {
            problem(path + ".options", "only choice items have options");
        }
        if (type == AnswerKind.NUMBER && item.min() != null && item.max() != null && item.min() >= item.max()) {
            problem(path + ".min", "min must be below max");
        }
        if (type != AnswerKind.LIKERT && type != AnswerKind.NUMBER && (item.min() != null || item.max() != null)) {
            problem(path + ".min", "only likert and number items have min and max");
        }
        if (type != AnswerKind.NUMBER && item.integer() != null) {
            problem(path + ".integer", "only number items say whether they are integer");
        }
        if (type != AnswerKind.TEXT && item.maxLength() != null) {
            problem(path + ".maxLength", "only text items have maxLength");
        }
    }

    private void checkLikert(String path, ItemSpec item) {
        if (item.min() == null || item.max() == null) {
            problem(path + ".min", "a likert item needs min and max");
            return;
        }
        if (item.min() % 1 != 0 || item.max() % 1 != 0) {
            problem(path + ".min", "likert min and max must be whole numbers");
        }
        if (item.min() >= item.max()) {
            problem(path + ".min", "likert min (" + fmt(item.min()) + ") must be below max (" + fmt(item.max()) + ")");
        } else if (item.max() - item.min() > 20) {
            problem(path + ".max", "a likert item has at most 21 points");
        }
        List<ItemSpec.Anchor> anchors = item.anchors();
        Set<Integer> seen = new HashSet<>();
        for (int a = 0; a < anchors.size(); a++) {
            ItemSpec.Anchor anchor = anchors.get(a);
            if (anchor.value() < item.min() || anchor.value() > item.max()) {
                problem(path + ".anchors[" + a + "].value", "outside " + fmt(item.min()) + ".." + fmt(item.max()));
            }
            if (!seen.add(anchor.value())) {
                problem(path + ".anchors[" + a + "].value", "duplicate anchor value " + anchor.value());
            }
            checkTexts(path + ".anchors[" + a + "].label", anchor.labelLocales());
        }
    }

    private void checkOptions(String path, ItemSpec item) {
        List<ItemSpec.Option> options = item.options();
        if (options.size() < 2) {
            problem(path + ".options", "a choice item needs at least 2 options");
        }
        Set<String> codes = new HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            if (!codes.add(options.get(o).code())) {
                problem(path + ".options[" + o + "].code", "duplicate option code '" + options.get(o).code() + "'");
            }
            checkTexts(path + ".options[" + o + "].label", options.get(o).labelLocales());
        }
    }

    private void checkEnableWhen(String path, int position, ConditionSpec condition) {
        Integer target = positions.get(condition.linkId());
        if (target == null) {
            problem(path + ".linkId", "no item '" + condition.linkId() + "'");
            return;
        }
        if (target >= position) {
            problem(path + ".linkId", "'" + condition.linkId() + "' is not an earlier item; skip logic may only look back");
            return;
        }
        ItemSpec earlier = items.get(condition.linkId());
        String mismatch = ConditionCheck.valueProblem(condition, earlier);
        if (mismatch != null) {
            problem(path + ".value", mismatch);
        }
    }

    private void checkScalesAndIndices() {
        Set<String> keys = new HashSet<>();
        for (int s = 0; s < form.scales().size(); s++) {
            ScaleSpec scale = form.scales().get(s);
            String path = "definition.scales[" + s + "]";
            if (!keys.add(scale.key())) {
                problem(path + ".key", "duplicate scale or index key '" + scale.key() + "'");
            }
            if (scale.nameLocales() != null) {
                checkTexts(path + ".name", scale.nameLocales());
            }
            checkScaleItems(path, scale);
        }
        checkOverlaps();
        Map<String, IndexSpec> indices = new HashMap<>();
        for (int x = 0; x < form.indices().size(); x++) {
            IndexSpec index = form.indices().get(x);
            String path = "definition.indices[" + x + "]";
            if (!keys.add(index.key())) {
                problem(path + ".key", "duplicate scale or index key '" + index.key() + "'");
            }
            indices.putIfAbsent(index.key(), index);
        }
        for (int x = 0; x < form.indices().size(); x++) {
            checkIndex("definition.indices[" + x + "]", form.indices().get(x), keys, indices);
        }
    }

    /** Two scales share items only when one is a composite holding the other whole; a partial overlap counts items twice. */
    private void checkOverlaps() {
        List<ScaleSpec> scales = form.scales();
        for (int a = 0; a < scales.size(); a++) {
            for (int b = a + 1; b < scales.size(); b++) {
                Set<String> first = new HashSet<>(scales.get(a).items());
                Set<String> second = new HashSet<>(scales.get(b).items());
                Set<String> shared = new HashSet<>(first);
                shared.retainAll(second);
                if (!shared.isEmpty() && !first.containsAll(second) && !second.containsAll(first)) {
                    problem("definition.scales[" + b + "].items", "shares " + shared.size() + " item(s) with '" + scales.get(a).key()
                            + "' without one holding the other whole; a composite must contain each part entirely");
                }
            }
        }
    }

    private void checkScaleItems(String path, ScaleSpec scale) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scale.items().size(); i++) {
            String linkId = scale.items().get(i);
            ItemSpec item = items.get(linkId);
            if (!seen.add(linkId)) {
                problem(path + ".items[" + i + "]", "item '" + linkId + "' is listed twice");
            } else if (item == null) {
                problem(path + ".items[" + i + "]", "no item '" + linkId + "'");
            } else if (!item.kind().numeric()) {
                problem(path + ".items[" + i + "]", "item '" + linkId + "' is " + item.kind().label()
                        + ", not numeric; scales take likert, number and ios items");
            } else if (item.lowest() == null || item.highest() == null) {
                problem(path + ".items[" + i + "]", "number item '" + linkId + "' needs min and max to be scored");
            }
        }
        for (int r = 0; r < scale.reversed().size(); r++) {
            if (!seen.contains(scale.reversed().get(r))) {
                problem(path + ".reversed[" + r + "]", "'" + scale.reversed().get(r) + "' is not an item of this scale");
            }
        }
    }

    private void checkIndex(String path, IndexSpec index, Set<String> keys, Map<String, IndexSpec> indices) {
        if (index.nameLocales() != null) {
            checkTexts(path + ".name", index.nameLocales());
        }
        if (index.kind() == IndexDefinition.Kind.DIFFERENCE && index.operands().size() != 2) {
            problem(path + ".operands", "a difference index takes exactly 2 operands");
        }
        if (index.uncertainty() != null && index.kind() != IndexDefinition.Kind.DIFFERENCE) {
            problem(path + ".uncertainty", "only a difference index has an uncertainty interval");
        }
        for (int o = 0; o < index.operands().size(); o++) {
            String operand = index.operands().get(o);
            if (!keys.contains(operand)) {
                problem(path + ".operands[" + o + "]", "no scale or index '" + operand + "'");
            }
        }
        if (reachesItself(index.key(), index, indices, new HashSet<>())) {
            problem(path + ".operands", "index '" + index.key() + "' depends on itself through its operands");
        }
        for (int b = 0; b < index.bands().size(); b++) {
            IndexDefinition.Band band = index.bands().get(b);
            if (band.from() != null && band.to() != null && band.from() >= band.to()) {
                problem(path + ".bands[" + b + "]", "from must be below to");
            }
        }
    }

    private static boolean reachesItself(String start, IndexSpec index, Map<String, IndexSpec> indices, Set<String> seen) {
        for (String operand : index.operands()) {
            if (operand.equals(start)) {
                return true;
            }
            IndexSpec next = indices.get(operand);
            if (next != null && seen.add(operand) && reachesItself(start, next, indices, seen)) {
                return true;
            }
        }
        return false;
    }

    static String fmt(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }
}
