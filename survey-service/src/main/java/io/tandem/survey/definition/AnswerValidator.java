package io.tandem.survey.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a respondent's answers against one instrument version. Answers are plain JSON values as
 * Jackson reads them (Number, String, Boolean, List). A draft is checked for types and ranges only;
 * a submission also for required items and skip logic.
 */
public final class AnswerValidator {

    private AnswerValidator() {
    }

    public static List<DefinitionProblem> checkDraft(InstrumentDefinition definition, Map<String, Object> answers) {
        return check(definition, answers, false);
    }

    public static List<DefinitionProblem> checkSubmission(InstrumentDefinition definition, Map<String, Object> answers) {
        return check(definition, answers, true);
    }

    private static List<DefinitionProblem> check(InstrumentDefinition definition, Map<String, Object> answers, boolean complete) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Item> byLinkId = new LinkedHashMap<>();
        definition.items().forEach(item -> byLinkId.put(item.linkId(), item));
        for (String linkId : answers.keySet()) {
            if (!byLinkId.containsKey(linkId)) {
                problems.add(new DefinitionProblem("answers." + linkId, "the instrument has no item '" + linkId + "'"));
            }
        }
        for (Item item : definition.items()) {
            Object answer = answers.get(item.linkId());
            String field = "answers." + item.linkId();
            if (complete && !ConditionCheck.enabled(item.enableWhen(), answers)) {
                if (answer != null) {
                    problems.add(new DefinitionProblem(field, "must not be answered: skip logic disables it"));
                }
                continue;
            }
            if (answer == null) {
                if (complete && item.isRequired()) {
                    problems.add(new DefinitionProblem(field, "is required"));
                }
                continue;
            }
            String wrong = valueProblem(item, answer);
            if (wrong != null) {
                problems.add(new DefinitionProblem(field, wrong));
            }
        }
        return problems;
    }

    /** Numeric answers of enabled numeric items, for scoring. */
    public static Map<String, Double> numericAnswers(InstrumentDefinition definition, Map<String, Object> answers) {
        Map<String, Double> numeric = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            if (item.type().numeric() && answers.get(item.linkId()) instanceof Number n) {
                numeric.put(item.linkId(), n.doubleValue());
            }
        }
        return numeric;
    }

    static String valueProblem(Item item, Object answer) {
        return switch (item.type()) {
            case LIKERT, IOS, NUMBER -> numberProblem(item, answer);
            case BOOLEAN -> answer instanceof Boolean ? null : "must be true or false";
            case TEXT -> textProblem(item, answer);
            case SINGLE_CHOICE -> answer instanceof String code && hasOption(item, code)
                    ? null : "must be one of " + codes(item);
            case MULTIPLE_CHOICE -> choicesProblem(item, answer);
        };
    }

    private static String numberProblem(Item item, Object answer) {
        if (!(answer instanceof Number number)) {
            return "must be a number";
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (item.integerOnly() && !isWhole(number)) {
            return "must be a whole number";
        }
        Double lowest = item.lowest();
        Double highest = item.highest();
        if ((lowest != null && value < lowest) || (highest != null && value > highest)) {
            return "must be between " + bound(lowest) + " and " + bound(highest);
        }
        return null;
    }

    private static boolean isWhole(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        return number.doubleValue() % 1 == 0;
    }

    private static String bound(Double value) {
        return value == null ? "any" : DefinitionValidator.fmt(value);
    }

    private static String textProblem(Item item, Object answer) {
        if (!(answer instanceof String text)) {
            return "must be a string";
        }
        int max = item.maxLength() == null ? Limits.MAX_TEXT_ANSWER : item.maxLength();
        return text.codePointCount(0, text.length()) > max ? "must be at most " + max + " characters" : null;
    }

    private static String choicesProblem(Item item, Object answer) {
        if (!(answer instanceof List<?> chosen)) {
            return "must be a list of option codes";
        }
        Set<Object> seen = new HashSet<>();
        for (Object code : chosen) {
            if (!(code instanceof String c) || !hasOption(item, c)) {
                return "every choice must be one of " + codes(item);
            }
            if (!seen.add(code)) {
                return "lists '" + code + "' twice";
            }
        }
        return null;
    }

    private static boolean hasOption(Item item, String code) {
        return item.options() != null && item.options().stream().anyMatch(o -> o.code().equals(code));
    }

    private static String codes(Item item) {
        return item.options() == null ? "[]" : item.options().stream().map(Option::code).toList().toString();
    }
}
