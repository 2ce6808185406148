package io.tandem.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.rules.DefinitionValidator;
import io.tandem.survey.definition.InstrumentDefinition;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BuiltinLibraryTest {

    private static Response library(String tenant) {
        return given().header("Authorization", Tokens.bearer("mentor", tenant)).get("/api/v1/instruments/library");
    }

    @Test
    void everyTenantSeesTheSixBuiltInInstruments() {
        Response library = library("t-" + UUID.randomUUID());
        assertThat(library.jsonPath().getList("items.key", String.class)).containsExactly("mentor-motives",
                "mentoring-behaviours", "mentoring-outcomes", "personal-identification", "reciprocal-benefits", "relationship-quality");
        assertThat(library.jsonPath().getList("items.builtIn", Boolean.class)).containsOnly(true);
        assertThat(library.jsonPath().getList("items.status", String.class)).containsOnly("published");
        assertThat(library("t-" + UUID.randomUUID()).jsonPath().getList("items.id"))
                .isEqualTo(library.jsonPath().getList("items.id"));
    }

    @Test
    void builtInDefinitionsPassPublishValidationAndCiteTheirSources() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Map<String, Object> instrument : library("t-" + UUID.randomUUID()).jsonPath().<Map<String, Object>>getList("items")) {
            InstrumentDefinition definition = json.convertValue(instrument.get("definition"), InstrumentDefinition.class);
            @SuppressWarnings("unchecked")
            Map<String, String> title = (Map<String, String>) instrument.get("title");
            assertThat(DefinitionValidator.validate(FormSpecs.of(definition), title.keySet())).as(instrument.get("key").toString()).isEmpty();
            assertThat(definition.items()).allSatisfy(item -> {
                assertThat(item.construct()).isNotBlank();
                assertThat(item.source()).isNotBlank();
            });
        }
    }

    @Test
    void mentorMotivesHasBothMotiveFamiliesAndTheOrientationIndex() {
        Response library = library("t-" + UUID.randomUUID());
        String id = library.jsonPath().getString("items.find { it.key == 'mentor-motives' }.id");
        Response motives = given().header("Authorization", Tokens.bearer("mentor", "t-" + UUID.randomUUID())).get("/api/v1/instruments/" + id);
        assertThat(motives.jsonPath().getList("definition.scales.key", String.class)).contains("self-focused", "other-focused",
                "career-advancement", "recognition", "personal-learning", "benefit-protege", "invest-relationship", "give-back");
        assertThat(motives.jsonPath().getList("definition.scales.find { it.key == 'personal-learning' }.items")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(motives.jsonPath().getList("definition.indices.key", String.class)).containsExactly("motive-orientation");
        assertThat(motives.jsonPath().getList("definition.indices[0].bands.label", String.class))
                .containsExactly("self-focused", "balanced", "other-focused");
    }

    @Test
    void builtInInstrumentsAreReadOnlyAndTheirKeysReserved() {
        String tenant = "t-" + UUID.randomUUID();
        String id = library(tenant).jsonPath().getString("items[0].id");
        var admin = given().header("Authorization", Tokens.bearer("admin", tenant)).contentType(ContentType.JSON);
        assertThat(admin.post("/api/v1/instruments/" + id + "/versions").statusCode()).isEqualTo(409);
        assertThat(admin.post("/api/v1/instruments/" + id + "/retire").statusCode()).isEqualTo(409);
        assertThat(admin.header("If-Match", "*").body(Map.of("key", "mentor-motives", "defaultLocale", "en", "title", Map.of("en", "Mine")))
                .put("/api/v1/instruments/" + id).statusCode()).isEqualTo(409);
        assertThat(given().header("Authorization", Tokens.bearer("admin", tenant)).contentType(ContentType.JSON)
                .body(Map.of("key", "mentor-motives", "defaultLocale", "en", "title", Map.of("en", "Mine")))
                .post("/api/v1/instruments").statusCode()).isEqualTo(409);
    }
}
