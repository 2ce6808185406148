package io.tandem.survey.rules;

/**
 * Skip logic of one item: it is enabled only when the earlier item's answer meets the condition.
 *
 * @param value a JSON value as Jackson reads it (Number, String, Boolean)
 */
public record ConditionSpec(String linkId, Operator operator, Object value) {

    public enum Operator { EQUALS, NOT_EQUALS, GREATER_THAN, LESS_THAN, EXISTS }
}
