package io.tandem.matching.participant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ParticipantResourceTest {

    private String tenant;
    private String programme;

    private RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant)).contentType(ContentType.JSON);
    }

    private RequestSpecification asPerson(String role, String personId) {
        return given().header("Authorization", Tokens.bearer(role, tenant, personId)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void newTenantAndProgramme() {
        tenant = "t-" + UUID.randomUUID();
        programme = as("programme-manager").body(Map.of("name", "Pilot", "type", "classic", "startsOn", "2027-02-01",
                "endsOn", "2027-11-30", "defaultMentorCapacity", 2)).post("/api/v1/programmes").jsonPath().getString("id");
        as("programme-manager").body(Map.of("status", "enrolling")).post("/api/v1/programmes/" + programme + "/status").then().statusCode(200);
    }

    private String participants() {
        return "/api/v1/programmes/" + programme + "/participants";
    }

    private static Map<String, Object> person(String id, String role, List<String> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", id);
        body.put("role", role);
        body.put("skillsOffered", skills);
        body.put("timeZone", "Europe/Lisbon");
        return body;
    }

    @Test
    void enrolsWithNormalisedTagsAndTheTenantsSynonyms() {
        as("admin").body(Map.of("alias", "  JVM ", "canonical", "Java")).post("/api/v1/tag-synonyms").then().statusCode(201);
        Response enrolled = as("integration").body(person("emp-1", "mentor", List.of("Java ", "java", "JVM", "Stakeholder   Management")))
                .post(participants());
        assertThat(enrolled.statusCode()).isEqualTo(201);
        assertThat(enrolled.jsonPath().getList("skillsOffered", String.class)).containsExactly("java", "stakeholder management");
        assertThat(enrolled.jsonPath().getString("status")).isEqualTo("active");
        assertThat(as("integration").body(person("emp-1", "mentor", List.of())).post(participants()).statusCode()).isEqualTo(409);
    }

    @Test
    void bulkUploadReportsEachRowAndReUploadUpdatesInsteadOfDuplicating() {
        List<Map<String, Object>> first = List.of(person("a", "mentor", List.of("Java")), person("b", "mentee", List.of()),
                person("", "mentee", List.of()), person("a", "mentee", List.of()));
        Response report = as("integration").body(first).post(participants() + "/bulk");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.jsonPath().getList("rows.outcome", String.class)).containsExactly("created", "created", "refused", "refused");
        assertThat(report.jsonPath().getString("rows[3].errors[0].message")).contains("row 0");

        Map<String, Object> changed = person("a", "both", List.of("Kotlin"));
        changed.put("status", "on-leave");
        Response again = as("integration").body(List.of(changed)).post(participants() + "/bulk");
        assertThat(again.jsonPath().getInt("updated")).isEqualTo(1);
        Response all = as("programme-manager").get(participants());
        assertThat(all.jsonPath().getList("items.personId", String.class)).containsExactly("a", "b");
        assertThat(all.jsonPath().getString("items[0].status")).isEqualTo("on-leave");
    }

    @Test
    void csvUploadReadsListsAndReportsBadCells() {
        String csv = """
                personId,role,careerStage,skillsOffered,timeZone,diversity.gender,diversityConsent
                c1,mentor,5,Java; SQL ;Leadership,America/New_York,woman,true
                c2,mentee,two,,Europe/Berlin,,
                c3,boss,3,,Mars/Olympus,,
                """;
        Response report = as("programme-manager").contentType("text/csv").body(csv).post(participants() + "/bulk");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.jsonPath().getList("rows.outcome", String.class)).containsExactly("created", "refused", "refused");
        assertThat(report.jsonPath().getList("rows[1].errors.field", String.class)).containsExactly("careerStage");
        assertThat(report.jsonPath().getList("rows[2].errors.field", String.class)).contains("role", "timeZone");
        Response c1 = as("admin").get("/api/v1/participants/" + report.jsonPath().getString("rows[0].participantId"));
        assertThat(c1.jsonPath().getList("skillsOffered", String.class)).containsExactly("java", "leadership", "sql");
        assertThat(c1.jsonPath().getString("diversity.gender")).isEqualTo("woman");
        assertThat(c1.jsonPath().getBoolean("diversityConsent.given")).isTrue();
        assertThat(c1.jsonPath().getString("diversityConsent.recordedAt")).isNotNull();
        assertThat(c1.jsonPath().getBoolean("researchConsent.given")).isFalse();

        Response unknown = as("programme-manager").contentType("text/csv").body("personId,role,shoeSize\nx,mentor,44\n").post(participants() + "/bulk");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.jsonPath().getString("detail")).contains("shoeSize");
    }

    @Test
    void searchFiltersByRoleSkillAndStatus() {
        as("integration").body(List.of(person("m1", "mentor", List.of("Java")), person("m2", "both", List.of("Go")),
                person("e1", "mentee", List.of("java")))).post(participants() + "/bulk").then().statusCode(200);
        assertThat(as("admin").get(participants() + "?role=mentor").jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "m2");
        assertThat(as("admin").get(participants() + "?skill=JAVA").jsonPath().getList("items.personId", String.class))
                .containsExactly("m1", "e1");
        assertThat(as("admin").get(participants() + "?role=mentee&skill=go").jsonPath().getList("items.personId", String.class))
                .containsExactly("m2");
        assertThat(as("admin").get(participants() + "?status=left").jsonPath().getList("items")).isEmpty();
        assertThat(as("admin").get(participants() + "?role=boss").statusCode()).isEqualTo(400);
    }

    @Test
    void aMenteeReadsAndEditsOnlyTheirOwnProfile() {
        String mine = as("integration").body(person("me", "mentee", List.of())).post(participants()).jsonPath().getString("id");
        String theirs = as("integration").body(person("you", "mentee", List.of())).post(participants()).jsonPath().getString("id");
        Response own = asPerson("mentee", "me").get("/api/v1/participants/" + mine);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(asPerson("mentee", "me").get("/api/v1/participants/" + theirs).statusCode()).isEqualTo(404);
        assertThat(asPerson("mentee", "me").get(participants()).statusCode()).isEqualTo(403);

        Map<String, Object> edit = person("me", "mentee", List.of());
        edit.put("learningGoals", List.of("Public Speaking"));
        Response edited = asPerson("mentee", "me").header("If-Match", own.header("ETag")).body(edit).put("/api/v1/participants/" + mine);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.jsonPath().getList("learningGoals", String.class)).containsExactly("public speaking");

        edit.put("status", "left");
        assertThat(asPerson("mentee", "me").header("If-Match", edited.header("ETag")).body(edit).put("/api/v1/participants/" + mine)
                .statusCode()).isEqualTo(403);
        assertThat(asPerson("mentee", "me").body(edit).put("/api/v1/participants/" + mine).statusCode()).isEqualTo(428);
    }

    @Test
    void anotherTenantSeesNeitherTheProgrammeNorItsParticipants() {
        String id = as("integration").body(person("p", "mentor", List.of())).post(participants()).jsonPath().getString("id");
        RequestSpecification stranger = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).contentType(ContentType.JSON);
        assertThat(stranger.get("/api/v1/participants/" + id).statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).get(participants()).statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body(person("q", "mentor", List.of())).post(participants()).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownTimeZone() {
        Map<String, Object> body = person("z", "mentor", List.of());
        body.put("timeZone", "Somewhere/Else");
        Response refused = as("admin").body(body).post(participants());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("timeZone");
    }

    @Test
    void tagSynonymsBelongToTheirTenant() {
        String id = as("admin").body(Map.of("alias", "k8s", "canonical", "kubernetes")).post("/api/v1/tag-synonyms").jsonPath().getString("id");
        assertThat(as("admin").body(Map.of("alias", "K8S ", "canonical", "other")).post("/api/v1/tag-synonyms").statusCode()).isEqualTo(409);
        assertThat(as("admin").body(Map.of("alias", "same", "canonical", " Same")).post("/api/v1/tag-synonyms").statusCode()).isEqualTo(400);
        RequestSpecification stranger = given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID()));
        assertThat(stranger.get("/api/v1/tag-synonyms").jsonPath().getList("items")).isEmpty();
        assertThat(given().header("Authorization", Tokens.bearer("admin", "t-" + UUID.randomUUID())).delete("/api/v1/tag-synonyms/" + id)
                .statusCode()).isEqualTo(404);
        assertThat(asPerson("mentee", "x").get("/api/v1/tag-synonyms").statusCode()).isEqualTo(403);
        assertThat(as("admin").delete("/api/v1/tag-synonyms/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void diversityAttributesNeedConsentAndConsentsCarryTheirDate() {
        Map<String, Object> withoutConsent = person("d1", "mentee", List.of());
        withoutConsent.put("diversity", Map.of("gender", "man"));
        Response refused = as("integration").body(withoutConsent).post(participants());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("diversity");
        Response bulk = as("integration").body(List.of(withoutConsent)).post(participants() + "/bulk");
        assertThat(bulk.jsonPath().getString("rows[0].outcome")).isEqualTo("refused");
        assertThat(as("admin").get(participants()).jsonPath().getList("items")).isEmpty();

        withoutConsent.put("diversityConsent", true);
        withoutConsent.put("researchConsent", true);
        Response enrolled = as("integration").body(withoutConsent).post(participants());
        assertThat(enrolled.statusCode()).isEqualTo(201);
        assertThat(enrolled.jsonPath().getBoolean("researchConsent.given")).isTrue();
        String givenAt = enrolled.jsonPath().getString("researchConsent.recordedAt");
        assertThat(givenAt).isNotNull();
    }
}
