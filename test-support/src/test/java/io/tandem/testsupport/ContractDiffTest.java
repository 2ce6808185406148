package io.tandem.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractDiffTest {

    private static String document(String paths) {
        return """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {%s},
                 "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
                   "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}}""".formatted(paths);
    }

    private static final String GET_THING = """
            "/things/{id}": {"get": {"operationId": "getThing", "parameters": [{"name": "id", "in": "path", "required": true,
              "schema": {"type": "string"}}], "responses": {"200": {"description": "ok",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}""";

    private static final String LIST_THINGS = """
            "/things": {"get": {"operationId": "listThings", "parameters": [{"name": "limit", "in": "query",
              "schema": {"type": "integer"}}], "responses": {"200": {"description": "ok"}}}}""";

    @Test
    void anAddedOperationBreaksNothing() {
        assertThat(ContractDiff.breakingChanges(document(GET_THING), document(GET_THING + "," + LIST_THINGS))).isEmpty();
    }

    @Test
    void aRemovedOperationIsABreakingChange() {
        assertThat(ContractDiff.breakingChanges(document(GET_THING + "," + LIST_THINGS), document(GET_THING)))
                .containsExactly("removed GET /things");
    }

    @Test
    void aParameterThatBecomesRequiredIsABreakingChange() {
        String stricter = LIST_THINGS.replace("\"in\": \"query\",", "\"in\": \"query\", \"required\": true,");
        assertThat(stricter).isNotEqualTo(LIST_THINGS);
        assertThat(ContractDiff.breakingChanges(document(LIST_THINGS), document(stricter))).containsExactly("incompatible change to GET /things in its parameters");
    }
}
