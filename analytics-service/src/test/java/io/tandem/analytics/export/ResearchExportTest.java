package io.tandem.analytics.export;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.analytics.ingestion.FeedEvents;
import io.tandem.analytics.ingestion.FeedEvents.Relationship;
import io.tandem.analytics.ingestion.FeedStub;
import io.tandem.analytics.ingestion.Ingestion;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The research export over two relationships ingested from the feeds: rows, pseudonyms, weeks, columns and codebook. */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class ResearchExportTest {

    @Inject
    Ingestion ingestion;

    @Inject
    AgroalDataSource db;

    final String tenant = "t-" + UUID.randomUUID();
    final UUID programme = UUID.randomUUID();
    Relationship first;
    Relationship second;

    @BeforeEach
    void twoRelationshipsAnswered() {
        FeedStub.restart(db);
        FeedEvents feeds = new FeedEvents();
        // started Thursday 2026-03-05 and Monday 2026-03-09; the second ended Wednesday 2026-06-10
        first = new Relationship(UUID.randomUUID(), programme, "emp-m1", "emp-e1", "cultivation", LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-09-05"), null, true);
        second = new Relationship(UUID.randomUUID(), programme, "emp-m1", "emp-e2", "ended", LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-09-09"), LocalDate.parse("2026-06-10"), true);
        feeds.relationship(tenant, "2026-03-05T08:00:00Z", "started", first, null, null);
        feeds.relationship(tenant, "2026-03-09T08:00:00Z", "started", second, null, null);
        // research use needs both people's consent: emp-e3 gave none, so the third pair stays out of every export
        for (String person : List.of("emp-m1", "emp-e1", "emp-e2", "emp-e3")) {
            feeds.participant(tenant, "2026-03-01T08:00:00Z", "enrolled", UUID.randomUUID(), programme, person,
                    person.startsWith("emp-m") ? "mentor" : "mentee", "active", null, !person.equals("emp-e3"));
        }
        Relationship withoutConsent = new Relationship(UUID.randomUUID(), programme, "emp-m1", "emp-e3", "cultivation",
                LocalDate.parse("2026-03-05"), LocalDate.parse("2026-09-05"), null, true);
        feeds.relationship(tenant, "2026-03-05T09:00:00Z", "started", withoutConsent, null, null);
        feeds.scored(tenant, Instant.parse("2026-03-08T10:00:00Z"), null, programme, withoutConsent.id(), "emp-e3", null, "mentee", "baseline",
                "relationship-quality", Map.of("relationship-quality", 2.5));
        // first, baseline: mentee quality 5.5 (Sunday 8 March), mentor quality 6.0; the mentee's rating of the mentor's behaviours
        feeds.scored(tenant, Instant.parse("2026-03-08T10:00:00Z"), null, programme, first.id(), "emp-e1", null, "mentee", "baseline",
                "relationship-quality", Map.of("relationship-quality", 5.5));
        feeds.scored(tenant, Instant.parse("2026-03-09T10:00:00Z"), null, programme, first.id(), "emp-m1", null, "mentor", "baseline",
                "relationship-quality", Map.of("relationship-quality", 6.0));
        feeds.scored(tenant, Instant.parse("2026-03-09T11:00:00Z"), null, programme, first.id(), "emp-e1", "emp-m1", "mentee", "baseline",
                "mentoring-behaviours", Map.of("other-focused-behaviour", 4.0));
        // first, check-in-1 answered twice by the mentee: the newer answer (4.0) counts
        feeds.scored(tenant, Instant.parse("2026-04-02T10:00:00Z"), null, programme, first.id(), "emp-e1", null, "mentee", "check-in-1",
                "relationship-quality", Map.of("relationship-quality", 4.5));
        feeds.scored(tenant, Instant.parse("2026-04-03T10:00:00Z"), null, programme, first.id(), "emp-e1", null, "mentee", "check-in-1",
                "relationship-quality", Map.of("relationship-quality", 4.0));
        // second, baseline: the mentee only
        feeds.scored(tenant, Instant.parse("2026-03-10T10:00:00Z"), null, programme, second.id(), "emp-e2", null, "mentee", "baseline",
                "relationship-quality", Map.of("relationship-quality", 3.0));
        // another tenant's answers never appear
        feeds.scored("t-" + UUID.randomUUID(), Instant.parse("2026-03-10T10:00:00Z"), null, programme, second.id(), "x", null, "mentee",
                "baseline", "relationship-quality", Map.of("relationship-quality", 1.0));
        feeds.serve(3);
        assertThat(ingestion.pass("export-test").values()).containsOnly(Ingestion.Outcome.PULLED);
    }

    @Test
    void oneRowPerRelationshipAndWaveWithPseudonymsWeeksAndScores() {
        Response csv = as("researcher").get(path("research.csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = Arrays.asList(csv.asString().split("\n"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertThat(header).containsExactly("relationship", "mentor", "mentee", "wave", "wave_week", "started_week", "ended_week", "phase",
                "ended_early", "end_reason", "mentee.other.mentoring-behaviours.other-focused-behaviour",
                "mentee.self.relationship-quality.relationship-quality", "mentor.self.relationship-quality.relationship-quality");
        assertThat(lines).hasSize(4);
        Map<String, String> firstBaseline = row(header, lines, first, "baseline");
        assertThat(firstBaseline).containsEntry("wave_week", "2026-03-02").containsEntry("started_week", "2026-03-02")
                .containsEntry("ended_week", "").containsEntry("phase", "cultivation")
                .containsEntry("mentee.self.relationship-quality.relationship-quality", "5.5")
                .containsEntry("mentor.self.relationship-quality.relationship-quality", "6.0")
                .containsEntry("mentee.other.mentoring-behaviours.other-focused-behaviour", "4.0");
        assertThat(row(header, lines, first, "check-in-1")).containsEntry("mentee.self.relationship-quality.relationship-quality", "4.0")
                .containsEntry("mentor.self.relationship-quality.relationship-quality", "").containsEntry("wave_week", "2026-03-30");
        Map<String, String> secondBaseline = row(header, lines, second, "baseline");
        assertThat(secondBaseline).containsEntry("ended_week", "2026-06-08").containsEntry("end_reason", "goals-met")
                .containsEntry("started_week", "2026-03-09");
        // the same mentor keeps one pseudonym in an export; no raw id appears
        assertThat(secondBaseline.get("mentor")).isEqualTo(firstBaseline.get("mentor")).startsWith("p-").hasSize(18);
        assertThat(csv.asString()).doesNotContain("emp-").doesNotContain(first.id().toString()).doesNotContain(second.id().toString());
        // a second export uses a new secret: nothing joins the two
        String again = as("admin").get(path("research.csv")).asString();
        assertThat(again).doesNotContain(firstBaseline.get("mentor")).doesNotContain(firstBaseline.get("relationship"));
    }

    @Test
    void theCodebookDescribesEveryColumnInOrder() {
        Response codebook = as("researcher").get(path("codebook.json"));
        assertThat(codebook.statusCode()).isEqualTo(200);
        String header = as("researcher").get(path("research.csv")).asString().split("\n")[0];
        assertThat(String.join(",", codebook.jsonPath().getList("columns.name", String.class))).isEqualTo(header);
        Map<String, Object> quality = codebook.jsonPath().getMap("columns.find { it.name == 'mentee.self.relationship-quality.relationship-quality' }");
        assertThat(quality).containsEntry("type", "number").containsEntry("instrumentKey", "relationship-quality")
                .containsEntry("scaleKey", "relationship-quality").containsEntry("role", "mentee").containsEntry("perspective", "self")
                .containsEntry("instrumentVersions", List.of(1));
        assertThat(codebook.jsonPath().getList("columns.find { it.name == 'phase' }.allowedValues", String.class)).contains("redefinition");
    }

    @Test
    void onlyResearchersAndAdminsOfTheTenantExport() {
        assertThat(as("programme-manager").get(path("research.csv")).statusCode()).isEqualTo(403);
        assertThat(as("mentor").get(path("codebook.json")).statusCode()).isEqualTo(403);
        assertThat(given().header("Authorization", Tokens.bearer("researcher", "t-" + UUID.randomUUID())).get(path("research.csv"))
                .statusCode()).isEqualTo(404);
        assertThat(given().header("Authorization", Tokens.bearer("researcher", "t-" + UUID.randomUUID())).get(path("codebook.json"))
                .statusCode()).isEqualTo(404);
    }

    private Map<String, String> row(List<String> header, List<String> lines, Relationship r, String wave) {
        String pseudonym = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[3].equals(wave) && (r == first ? cells[6].isEmpty() : !cells[6].isEmpty())) {
                pseudonym = cells[0];
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells[i]);
                }
                return row;
            }
        }
        throw new AssertionError("no " + wave + " row for " + r.id() + " " + pseudonym);
    }

    private io.restassured.specification.RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(role, tenant));
    }

    private String path(String file) {
        return "/api/v1/programmes/" + programme + "/exports/" + file;
    }
}
