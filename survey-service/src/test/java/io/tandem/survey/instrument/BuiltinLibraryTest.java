package io.tandem.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.rules.DefinitionValidator;
import io.tandem.survey.definition.InstrumentDefinition;
import io.tandem.survey.SurveyFixture;
import io.tandem.survey.definition.Scale;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BuiltinLibraryTest {

    private static Response library(String tenant) {
        return given().header("Authorization", Tokens.bearer("mentor", tenant)).get("/api/v1/instruments/library");
    }

    /** Phrases of licence-restricted published scales (work engagement, affective commitment) that no built-in item may echo. */
    private static final List<String> PUBLISHED_PHRASES = List.of("enthusiastic about my job", "time flies", "bursting with energy",
            "full of energy", "sense of belonging", "emotionally attached", "personal meaning", "means a great deal",
            "part of the family", "strong and vigorous", "immersed in my work", "carried away", "my job inspires me");

    private static List<Map<String, Object>> published(String tenant) {
        return library(tenant).jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> "published".equals(i.get("status"))).toList();
    }

    private static Map<String, Object> latest(String key) {
        return published("t-" + UUID.randomUUID()).stream().filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow();
    }

    @Test
    void everyTenantSeesTheBuiltInLibraryWithCorrectedInstrumentsAsNewVersions() {
        Response library = library("t-" + UUID.randomUUID());
        List<String> current = published("t-" + UUID.randomUUID()).stream().map(i -> i.get("key") + " " + i.get("version")).toList();
        assertThat(current).containsExactlyInAnyOrder("mentee-needs 1", "mentor-motives 2", "mentoring-behaviours 2", "mentoring-outcomes 2",
                "personal-identification 2", "reciprocal-benefits 1", "relationship-quality 1");
        assertThat(library.jsonPath().getList("items.findAll { it.status == 'retired' }.collect { it.key + ' ' + it.version }", String.class))
                .containsExactlyInAnyOrder("mentor-motives 1", "mentoring-behaviours 1", "mentoring-outcomes 1", "personal-identification 1");
        assertThat(library.jsonPath().getList("items.builtIn", Boolean.class)).containsOnly(true);
        assertThat(library("t-" + UUID.randomUUID()).jsonPath().getList("items.id")).isEqualTo(library.jsonPath().getList("items.id"));
    }

    @Test
    void everyBuiltInItemIsInTandemsOwnWords() {
        for (Map<String, Object> instrument : library("t-" + UUID.randomUUID()).jsonPath().<Map<String, Object>>getList("items")) {
            InstrumentDefinition definition = new ObjectMapper().convertValue(instrument.get("definition"), InstrumentDefinition.class);
            definition.items().forEach(item -> item.text().values().forEach(text -> assertThat(PUBLISHED_PHRASES)
                    .as(instrument.get("key") + " " + instrument.get("version") + " " + item.linkId() + ": " + text)
                    .noneMatch(phrase -> text.toLowerCase(java.util.Locale.ROOT).contains(phrase))));
        }
    }

    @Test
    void noScaleMixesFormsOrRatersAndScalesShareItemsOnlyAsWholeComposites() {
        for (Map<String, Object> instrument : published("t-" + UUID.randomUUID())) {
            InstrumentDefinition definition = new ObjectMapper().convertValue(instrument.get("definition"), InstrumentDefinition.class);
            Map<String, Object> conditions = new java.util.HashMap<>();
            definition.items().forEach(item -> conditions.put(item.linkId(), String.valueOf(item.enableWhen())));
            for (Scale scale : definition.scales()) {
                assertThat(scale.items().stream().map(conditions::get).distinct())
                        .as(instrument.get("key") + " " + scale.key() + " takes items of one form").hasSize(1);
                for (Scale other : definition.scales()) {
                    java.util.Set<String> shared = new java.util.HashSet<>(scale.items());
                    shared.retainAll(other.items());
                    boolean whole = shared.isEmpty() || scale.items().containsAll(other.items()) || other.items().containsAll(scale.items());
                    assertThat(whole).as(instrument.get("key") + ": " + scale.key() + " and " + other.key() + " overlap in part").isTrue();
                }
            }
        }
    }

    @Test
    void builtInDefinitionsPassPublishValidationAndCiteTheirSources() {
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
    void identificationIsAskedInThePresentAndOutcomesAreTheSameForBothRoles() {
        InstrumentDefinition identification = new ObjectMapper().convertValue(latest("personal-identification").get("definition"),
                InstrumentDefinition.class);
        identification.items().stream().filter(i -> i.linkId().startsWith("pi-projection")).forEach(item ->
                assertThat(item.text().get("en")).as(item.linkId()).doesNotContainIgnoringCase("before").doesNotContain(" knew ")
                        .doesNotContain(" was ").doesNotContain(" had "));
        InstrumentDefinition outcomes = new ObjectMapper().convertValue(latest("mentoring-outcomes").get("definition"), InstrumentDefinition.class);
        assertThat(outcomes.items()).allSatisfy(item -> assertThat(item.enableWhen()).as(item.linkId()).isNull());
        assertThat(outcomes.items()).noneSatisfy(item -> assertThat(item.construct()).containsIgnoringCase("fulfilment"));
        assertThat(outcomes.scales().stream().filter(s -> s.key().equals("individual-outcomes")).findFirst().orElseThrow().items())
                .containsExactly("mo-career-self-efficacy-1", "mo-career-self-efficacy-2", "mo-career-self-efficacy-3",
                        "mo-skill-growth-1", "mo-skill-growth-2", "mo-skill-growth-3");
    }

    @Test
    void mentorMotivesHasBothMotiveFamiliesAndAnOrientationWithSymmetricBandsAndAnInterval() {
        Map<String, Object> latest = latest("mentor-motives");
        Response motives = given().header("Authorization", Tokens.bearer("mentor", "t-" + UUID.randomUUID())).get("/api/v1/instruments/" + latest.get("id"));
        assertThat(motives.jsonPath().getList("definition.scales.key", String.class)).contains("self-focused", "other-focused",
                "career-advancement", "recognition", "personal-learning", "benefit-protege", "invest-relationship", "give-back");
        assertThat(motives.jsonPath().getList("definition.indices.key", String.class)).containsExactly("motive-orientation");
        assertThat(motives.jsonPath().getList("definition.indices[0].bands.label", String.class)).containsExactly("self-focused", "other-focused");
        assertThat(motives.jsonPath().getDouble("definition.indices[0].bands[0].to"))
                .isEqualTo(-motives.jsonPath().getDouble("definition.indices[0].bands[1].from"));
        assertThat(motives.jsonPath().getString("definition.indices[0].uncertainty.uncertainLabel")).isEqualTo("balanced-or-uncertain");
        assertThat(motives.jsonPath().getDouble("definition.indices[0].uncertainty.level")).isEqualTo(0.95);
    }

    @Test
    void mentorMotivesLabelAnOrientationOnlyWhenItsIntervalClearsTheBand() {
        SurveyFixture tenant = new SurveyFixture();
        Response slight = submitMotives(tenant, "m1", 5, 4);
        assertThat(score(slight, "other-focused")).isEqualTo(5.0);
        assertThat(score(slight, "self-focused")).isEqualTo(4.0);
        assertThat(slight.jsonPath().getString("scores.find { it.key == 'motive-orientation' }.label")).isEqualTo("balanced-or-uncertain");
        assertThat(slight.jsonPath().getDouble("scores.find { it.key == 'motive-orientation' }.intervalLow")).isLessThan(0.5);
        Response clear = submitMotives(tenant, "m2", 6, 3);
        assertThat(clear.jsonPath().getString("scores.find { it.key == 'motive-orientation' }.label")).isEqualTo("other-focused");
        assertThat(submitMotives(tenant, "m3", 2, 6).jsonPath().getString("scores.find { it.key == 'motive-orientation' }.label"))
                .isEqualTo("self-focused");
    }

    @Test
    void aProtegesRatingCompletesTheProtegeScalesOfItsMentorAndNeverTheSelfReportScales() {
        SurveyFixture tenant = new SurveyFixture();
        Map<String, Object> assignment = new java.util.HashMap<>(Map.of("respondentId", "pia", "instrumentKey", "mentoring-behaviours",
                "aboutPersonId", "max", "role", "mentee", "wave", "check-in-1"));
        Response created = tenant.as("programme-manager").body(assignment).post("/api/v1/assignments");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        StringBuilder answers = new StringBuilder("{\"rater\": \"protege\"");
        InstrumentDefinition behaviours = new ObjectMapper().convertValue(latest("mentoring-behaviours").get("definition"), InstrumentDefinition.class);
        behaviours.items().stream().filter(i -> i.linkId().startsWith("mb-p-")).forEach(i -> answers.append(", \"").append(i.linkId()).append("\": 6"));
        Response rating = tenant.submit(created.jsonPath().getString("id"), answers.append("}").toString());
        assertThat(rating.statusCode()).as(rating.asString()).isEqualTo(200);
        assertThat(score(rating, "selectivity-protege")).isEqualTo(6.0);
        assertThat(score(rating, "other-focused-behaviour-protege")).isEqualTo(6.0);
        assertThat(rating.jsonPath().getString("scores.find { it.key == 'selectivity-self' }.value")).isNull();
        assertThat(rating.jsonPath().getString("scores.find { it.key == 'selectivity-self' }.missingReason")).contains("skip logic");
        assertThat(rating.jsonPath().getString("subjectId")).isEqualTo("max");
    }

    private static Response submitMotives(SurveyFixture tenant, String mentor, int other, int self) {
        String assignment = tenant.assign(mentor, "mentor-motives");
        StringBuilder answers = new StringBuilder("{");
        for (int i = 1; i <= 18; i++) {
            answers.append(i > 1 ? ", " : "").append(String.format("\"mm-%02d\": %d", i, i <= 9 ? self : other));
        }
        Response submitted = tenant.submit(assignment, answers.append("}").toString());
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(200);
        return submitted;
    }

    private static double score(Response response, String key) {
        return response.jsonPath().getDouble("scores.find { it.key == '" + key + "' }.value");
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
