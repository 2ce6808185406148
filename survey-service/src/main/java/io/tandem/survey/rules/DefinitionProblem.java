package io.tandem.survey.rules;

/** One thing wrong with a definition or an answer set: where (a JSON path) and what. */
public record DefinitionProblem(String field, String message) {
}
