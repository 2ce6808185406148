package io.tandem.survey.definition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tandem.survey.rules.FormSpec;

import java.util.Map;

/**
 * A small instrument touching every item type, skip logic, a reverse-keyed scale and a banded
 * index, in English and German. Shared by the unit tests and the HTTP tests.
 */
public final class SampleDefinition {

    public static final String JSON = """
            {"items": [
              {"linkId": "q1", "type": "likert", "required": true, "min": 1, "max": 5,
               "text": {"en": "I enjoy my work.", "de": "Ich arbeite gern."},
               "anchors": [{"value": 1, "label": {"en": "No", "de": "Nein"}}, {"value": 5, "label": {"en": "Yes", "de": "Ja"}}]},
              {"linkId": "q2", "type": "likert", "required": true, "min": 1, "max": 5,
               "text": {"en": "I learn at work.", "de": "Ich lerne bei der Arbeit."}},
              {"linkId": "q3", "type": "likert", "min": 1, "max": 5,
               "text": {"en": "I am bored at work.", "de": "Ich langweile mich bei der Arbeit."}},
              {"linkId": "has-mentor", "type": "boolean", "required": true,
               "text": {"en": "Do you have a mentor?", "de": "Haben Sie eine Mentorin oder einen Mentor?"}},
              {"linkId": "q4", "type": "likert", "required": true, "min": 1, "max": 5,
               "text": {"en": "My mentor supports me.", "de": "Meine Mentorin oder mein Mentor unterstützt mich."},
               "enableWhen": {"linkId": "has-mentor", "operator": "equals", "value": true}},
              {"linkId": "channel", "type": "single-choice",
               "text": {"en": "Preferred channel", "de": "Bevorzugter Kanal"},
               "options": [{"code": "email", "label": {"en": "E-mail", "de": "E-Mail"}},
                           {"code": "chat", "label": {"en": "Chat", "de": "Chat"}}]},
              {"linkId": "topics", "type": "multiple-choice",
               "text": {"en": "Topics", "de": "Themen"},
               "options": [{"code": "career", "label": {"en": "Career", "de": "Karriere"}},
                           {"code": "skills", "label": {"en": "Skills", "de": "Fähigkeiten"}},
                           {"code": "balance", "label": {"en": "Balance", "de": "Ausgleich"}}]},
              {"linkId": "hours", "type": "number", "min": 0, "max": 40, "integer": true,
               "text": {"en": "Hours of mentoring so far", "de": "Bisherige Mentoring-Stunden"}},
              {"linkId": "comment", "type": "text", "maxLength": 20,
               "text": {"en": "Anything else?", "de": "Sonst noch etwas?"}},
              {"linkId": "closeness", "type": "ios",
               "text": {"en": "How close do you feel to your mentor?", "de": "Wie nah fühlen Sie sich Ihrer Mentorin oder Ihrem Mentor?"},
               "enableWhen": {"linkId": "has-mentor", "operator": "equals", "value": true}}],
             "scales": [
              {"key": "engagement", "name": {"en": "Engagement", "de": "Engagement"}, "items": ["q1", "q2", "q3"], "reversed": ["q3"]},
              {"key": "support", "items": ["q4", "closeness"], "rule": "sum", "minAnsweredShare": 0.5}],
             "indices": [
              {"key": "balance", "kind": "difference", "operands": ["engagement", "support"],
               "bands": [{"label": "low", "to": 0}, {"label": "high", "from": 0}]}]}
            """;

    private SampleDefinition() {
    }

    public static InstrumentDefinition parse(String json) {
        try {
            return new ObjectMapper().readValue(json, InstrumentDefinition.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static InstrumentDefinition definition() {
        return parse(JSON);
    }

    /** The rules' view of a definition written as JSON. */
    public static FormSpec formOf(String json) {
        return FormSpecs.of(parse(json));
    }

    public static FormSpec form() {
        return formOf(JSON);
    }

    public static Map<String, Object> asMap() {
        try {
            return new ObjectMapper().readValue(JSON, new TypeReference<>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Map<String, Object> answers(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
