package io.tandem.survey.rules;

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

    public static List<DefinitionProblem> checkDraft(FormSpec form, Map<String, Object> answers) {
        return check(form, answers, false);
    }

    public static List<DefinitionProblem> checkSubmission(FormSpec form, Map<String, Object> answers) {
        return check(form, answers, true);
    }

    private static List<DefinitionProblem> check(FormSpec form, Map<String, Object> answers, boolean complete) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, ItemSpec> byLinkId = new LinkedHashMap<>();
        form.items().forEach(item -> byLinkId.put(item.linkId(), item));
        for (String linkId : answers.keySet()) {
            if (!byLinkId.containsKey(linkId)) {
                problems.add(new DefinitionProblem("answers." + linkId, "the instrument has no item '" + linkId + "'"));
            }
        }
        for (ItemSpec item : form.items()) {
            Object answer = answers.get(item.linkId());
            String field = "answers." + item.linkId();
            if (complete && !ConditionCheck.enabled(item.enableWhen(), answers)) {
                if (answer != null) {
                    problems.add(new DefinitionProblem(field, "must not be answered: skip logic disables it"));
                }
                continue;
            }
            if (answer == null) {
                if (complete && item.required()) {
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
    public static Map<String, Double> numericAnswers(FormSpec form, Map<String, Object> answers) {
        Map<String, Double> numeric = new LinkedHashMap<>();
        for (ItemSpec item : form.items()) {
            if (item.kind().numeric() && answers.get(item.linkId()) instanceof Number n) {
                numeric.put(item.linkId(), n.doubleValue());
            }
        }
        return numeric;
    }

    static String valueProblem(ItemSpec item, Object answer) {
        return switch (item.kind()) {
            case LIKERT, IOS, NUMBER -> numberProblem(item, answer);
            case BOOLEAN -> answer instanceof Boolean ? null : "must be true or false";
            case TEXT -> textProblem(item, answer);
            case SINGLE_CHOICE -> answer instanceof String code && item.hasOption(code)
                    ? null : "must be one of " + item.optionCodes();
            case MULTIPLE_CHOICE -> choicesProblem(item, answer);
        };
    }

    private static String numberProblem(ItemSpec item, Object answer) {
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

    private static String textProblem(ItemSpec item, Object answer) {
        if (!(answer instanceof String text)) {
            return "must be a string";
        }
        int max = item.longestText();
        return text.codePointCount(0, text.length()) > max ? "must be at most " + max + " characters" : null;
    }

    private static String choicesProblem(ItemSpec item, Object answer) {
        if (!(answer instanceof List<?> chosen)) {
            return "must be a list of option codes";
        }
        Set<Object> seen = new HashSet<>();
        for (Object code : chosen) {
            if (!(code instanceof String c) || !item.hasOption(c)) {
                return "every choice must be one of " + item.optionCodes();
            }
            if (!seen.add(code)) {
                return "lists '" + code + "' twice";
            }
        }
        return null;
    }
}
