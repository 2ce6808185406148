package io.tandem.survey.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates skip logic. An unanswered earlier item meets only {@code exists: false}; for a
 * multiple-choice item, {@code equals} means "this code was chosen".
 */
public final class ConditionCheck {

    private ConditionCheck() {
    }

    /** Why the condition's value cannot be compared with answers to {@code target}, or null when it can. */
    static String valueProblem(ConditionSpec condition, ItemSpec target) {
        Object value = condition.value();
        AnswerKind type = target.kind();
        switch (condition.operator()) {
            case EXISTS:
                return value instanceof Boolean ? null : "exists takes true or false";
            case GREATER_THAN:
            case LESS_THAN:
                if (!type.numeric()) {
                    return "greater-than and less-than need a numeric item; '" + target.linkId() + "' is " + type.label();
                }
                return value instanceof Number ? null : "must be a number";
            default:
                return equalityProblem(value, target);
        }
    }

    private static String equalityProblem(Object value, ItemSpec target) {
        switch (target.kind()) {
            case LIKERT:
            case NUMBER:
            case IOS:
                return value instanceof Number ? null : "must be a number";
            case BOOLEAN:
                return value instanceof Boolean ? null : "must be true or false";
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE:
                boolean known = value instanceof String code && target.hasOption(code);
                return known ? null : "must be one of the option codes of '" + target.linkId() + "'";
            default:
                return value instanceof String ? null : "must be a string";
        }
    }

    /** Whether an item with this condition is enabled, given the answers so far. */
    public static boolean enabled(ConditionSpec condition, Map<String, Object> answers) {
        if (condition == null) {
            return true;
        }
        Object answer = answers.get(condition.linkId());
        if (condition.operator() == ConditionSpec.Operator.EXISTS) {
            return (answer != null) == Boolean.TRUE.equals(condition.value());
        }
        if (answer == null) {
            return false;
        }
        Object value = condition.value();
        return switch (condition.operator()) {
            case EQUALS -> matches(answer, value);
            case NOT_EQUALS -> !matches(answer, value);
            case GREATER_THAN -> answer instanceof Number a && value instanceof Number v && a.doubleValue() > v.doubleValue();
            case LESS_THAN -> answer instanceof Number a && value instanceof Number v && a.doubleValue() < v.doubleValue();
            default -> false;
        };
    }

    private static boolean matches(Object answer, Object value) {
        if (answer instanceof List<?> chosen) {
            return chosen.contains(value);
        }
        if (answer instanceof Number a && value instanceof Number v) {
            return a.doubleValue() == v.doubleValue();
        }
        return Objects.equals(answer, value);
    }
}
