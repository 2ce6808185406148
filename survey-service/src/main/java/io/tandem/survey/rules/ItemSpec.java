package io.tandem.survey.rules;

import java.util.List;
import java.util.Set;

/**
 * One question as the rules see it: texts only by the locales they exist in.
 *
 * @param integer   null when the item does not say (only number items may)
 * @param maxLength null when the item does not say (only text items may)
 */
public record ItemSpec(String linkId, AnswerKind kind, Set<String> textLocales, boolean required, Double min, Double max,
                       Boolean integer, List<Anchor> anchors, List<Option> options, Integer maxLength, ConditionSpec enableWhen) {

    public ItemSpec {
        textLocales = textLocales == null ? Set.of() : Set.copyOf(textLocales);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A labelled point of a likert item. */
    public record Anchor(int value, Set<String> labelLocales) {
    }

    /** An answer option of a choice item. */
    public record Option(String code, Set<String> labelLocales) {
    }

    public boolean integerOnly() {
        return kind == AnswerKind.LIKERT || kind == AnswerKind.IOS || Boolean.TRUE.equals(integer);
    }

    /** The answer range used for validation and reverse keying; IOS is fixed at 1-7. */
    public Double lowest() {
        return kind == AnswerKind.IOS ? Double.valueOf(AnswerKind.IOS_MIN) : min;
    }

    public Double highest() {
        return kind == AnswerKind.IOS ? Double.valueOf(AnswerKind.IOS_MAX) : max;
    }

    public int longestText() {
        return maxLength == null ? AnswerKind.DEFAULT_TEXT_LENGTH : maxLength;
    }

    boolean hasOption(String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }

    String optionCodes() {
        return options.stream().map(Option::code).toList().toString();
    }
}
