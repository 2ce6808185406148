package io.tandem.analytics.research;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tandem.analytics.ingestion.FeedEvents;
import io.tandem.analytics.ingestion.FeedStub;
import io.tandem.analytics.ingestion.Ingestion;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The research reports through the API on a generated programme with a known truth (seeded), ingested from
 * the feeds into the real read model: 60 mentors with two protégés each (120 relationships), four waves.
 * Planted: behaviour = 0.6·other-focused motive; individual outcome = 0.5·behaviour (indirect effect 0.3, no
 * direct one); leadership-skill benefit = 0.4·self-focused motive; projection falls 0.3 a month and
 * integration rises 0.5 a month; quality rises 0.1 per 100 goal-fit points; 30 mentors answer the motives
 * again with other-focused 0.5 higher. Each planted value must lie in its reported 95% interval (the
 * generator's seed is fixed, so each check is deterministic).
 */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class ResearchReportsTest {

    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    private static final double MONTH_DAYS = 30.44;

    @Inject
    Ingestion ingestion;

    @Inject
    AgroalDataSource db;

    final String tenant = "t-" + UUID.randomUUID();
    final UUID programme = UUID.randomUUID();
    final UUID small = UUID.randomUUID();
    final FeedEvents feeds = new FeedEvents();
    final SplittableRandom random = new SplittableRandom(7L);

    @BeforeEach
    void programmeIngested() {
        FeedStub.restart(db);
        Response current = as("admin", tenant).get("/api/v1/settings");
        as("admin", tenant).header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("minGroupSize", 5, "confidenceLevel", 0.95, "bootstrapResamples", 5000, "reportingTimeZone", "UTC"))
                .put("/api/v1/settings").then().statusCode(200);
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int mentor = 0; mentor < 60; mentor++) {
            String m = "m" + mentor;
            double self = 1 + random.nextDouble() * 6;
            double other = 1 + random.nextDouble() * 6;
            motives(programme, m, Instant.parse("2025-12-01T09:00:00Z"), self, other);
            if (mentor < 30) {
                motives(programme, m, Instant.parse("2026-09-01T09:00:00Z"), self + random.nextGaussian() * 0.3, other + 0.5 + random.nextGaussian() * 0.3);
            }
            for (int k = 0; k < 2; k++) {
                relationship(programme, m, "e" + mentor + "-" + k, start, self, other);
            }
        }
        // a second programme with two relationships: every estimate under the minimum of 5
        for (int k = 0; k < 2; k++) {
            String m = "s" + k;
            motives(small, m, Instant.parse("2025-12-01T09:00:00Z"), 3, 5);
            relationship(small, m, "se" + k, start, 3, 5);
        }
        feeds.serve(500);
        assertThat(ingestion.pass("research-test").values()).containsOnly(Ingestion.Outcome.PULLED);
    }

    private void motives(UUID prog, String mentor, Instant at, double self, double other) {
        double orientation = other - self;
        String label = orientation > 0.5 ? "other-focused" : orientation < -0.5 ? "self-focused" : "balanced-or-uncertain";
        feeds.scored(tenant, at, null, prog, null, mentor, null, "mentor", null, "mentor-motives",
                Map.of("self-focused", self, "other-focused", other, "motive-orientation", orientation,
                        "benefit-protege", other + random.nextGaussian() * 0.3, "career-advancement", self + random.nextGaussian() * 0.3),
                Map.of("motive-orientation", label));
    }

    private void relationship(UUID prog, String mentor, String mentee, LocalDate start, double self, double other) {
        UUID id = UUID.randomUUID();
        int goalFit = random.nextInt(1001);
        feeds.proposal(tenant, start.minusDays(7) + "T09:00:00Z", "decided", UUID.randomUUID(), prog, mentor, mentee, "accepted", "accepted", "accepted",
                List.of(Map.of("factor", "goal-fit", "score", goalFit, "weight", 40, "noData", false),
                        Map.of("factor", "logistics", "score", random.nextInt(1001), "weight", 20, "noData", false)));
        FeedEvents.Relationship r = new FeedEvents.Relationship(id, prog, mentor, mentee, "cultivation", start, start.plusMonths(9), null, true);
        feeds.relationship(tenant, start + "T09:00:00Z", "started", r, null, null);
        feeds.relationship(tenant, start.plusDays(1) + "T09:00:00Z", "goal-changed", r,
                Map.of("id", UUID.randomUUID().toString(), "owner", "mentee", "status", random.nextBoolean() ? "achieved" : "open"), null);
        double intercept = random.nextGaussian() * 0.4;
        double slope = random.nextGaussian() * 0.1;
        String[] waves = {"baseline", "check-in-1", "check-in-2", "closing"};
        for (int w = 0; w < waves.length; w++) {
            Instant at = start.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (w * MONTH_DAYS * 86_400) + 3_600);
            double months = w * MONTH_DAYS / MONTH_DAYS;
            for (String side : List.of("mentee", "mentor")) {
                String who = side.equals("mentee") ? mentee : mentor;
                Map<String, Double> identification = new LinkedHashMap<>();
                identification.put("projection", 4 - 0.3 * months + intercept + random.nextGaussian() * 0.3);
                identification.put("recognition", 3 + random.nextGaussian() * 0.3);
                identification.put("integration", 2 + (0.5 + slope) * months + intercept + random.nextGaussian() * 0.3);
                identification.put("present-self", 3 + random.nextGaussian() * 0.3);
                feeds.scored(tenant, at, null, prog, id, who, null, side, waves[w], "personal-identification", identification);
                feeds.scored(tenant, at.plusSeconds(60), null, prog, id, who, null, side, waves[w], "relationship-quality",
                        Map.of("relationship-quality", 4 + 0.1 * goalFit / 100.0 + intercept + random.nextGaussian() * 0.3));
            }
        }
        Instant checkIn = start.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (MONTH_DAYS * 86_400) + 7_200);
        double behaviour = 2 + 0.6 * other + random.nextGaussian() * 0.8;
        feeds.scored(tenant, checkIn, null, prog, id, mentee, mentor, "mentee", "check-in-1", "mentoring-behaviours",
                Map.of("other-focused-behaviour-protege", behaviour));
        Instant closing = start.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (3 * MONTH_DAYS * 86_400) + 7_200);
        feeds.scored(tenant, closing, null, prog, id, mentee, null, "mentee", "closing", "mentoring-outcomes",
                Map.of("individual-outcomes", 1 + 0.5 * behaviour + random.nextGaussian() * 0.6, "relational-outcomes", 4 + random.nextGaussian(),
                        "organisational-outcomes", 4 + random.nextGaussian()));
        feeds.scored(tenant, closing, null, prog, id, mentor, null, "mentor", "closing", "reciprocal-benefits",
                Map.of("leadership-skill", 2 + 0.4 * self + random.nextGaussian() * 0.7, "fulfilment", 5 + random.nextGaussian() * 0.5));
    }

    @Test
    void outcomesFollowOtherFocusedMotivesNotSelfFocusedOnes() {
        JsonPath report = research("admin", programme, "/outcomes-by-motives");
        assertThat(report.getString("adjustment")).isEqualTo("Holm");
        Map<String, Object> individual = model(report, "individual-outcomes", "mentee");
        assertThat(individual.get("n")).isEqualTo(120);
        Map<String, Double> other = slope(individual, "other-focused");
        Map<String, Double> self = slope(individual, "self-focused");
        // total effect of other-focused motives: 0.6 × 0.5 = 0.3
        assertThat(other.get("low")).isLessThan(0.3).isGreaterThan(0);
        assertThat(other.get("high")).isGreaterThan(0.3);
        assertThat(other.get("pAdjusted")).isGreaterThanOrEqualTo(other.get("p"));
        assertThat(self.get("low")).isLessThan(0);
        assertThat(self.get("high")).isGreaterThan(0);
        assertThat((List<?>) individual.get("groups")).isNotEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> contrast = (Map<String, Object>) individual.get("contrast");
        assertThat((Double) contrast.get("g")).isGreaterThan(0);
        assertThat((String) contrast.get("method")).contains("noncentral-t");
        // exploratory breakdown: each subscale alone, Benjamini-Hochberg across all of them, labelled as such
        assertThat(report.getString("exploratoryAdjustment")).contains("Benjamini-Hochberg").contains("exploratory");
        Map<String, Object> benefit = report.getMap("exploratory.find { it.subscale == 'benefit-protege' && it.outcome == 'individual-outcomes'"
                + " && it.side == 'mentee' }");
        @SuppressWarnings("unchecked")
        Map<String, Object> benefitSlope = (Map<String, Object>) benefit.get("slope");
        assertThat((Double) benefitSlope.get("low")).isGreaterThan(0);
        assertThat((Double) benefitSlope.get("pAdjusted")).isGreaterThanOrEqualTo((Double) benefitSlope.get("p"));
        assertThat(report.getList("exploratory.subscale")).contains("career-advancement", "give-back");
        // the mentors' own outcomes were never reported: no model
        assertThat(model(report, "individual-outcomes", "mentor").get("n")).isNull();
        // under the minimum of 5 relationships, no estimate at all
        JsonPath tiny = research("admin", small, "/outcomes-by-motives");
        assertThat(tiny.getList("models.slopes.flatten()")).isEmpty();
        assertThat(tiny.getList("models.note")).allMatch(note -> ((String) note).contains("fewer than 5"));
    }

    @Test
    void mediationRecoversThePlantedIndirectEffectWithARecordedSeed() {
        JsonPath report = research("researcher", programme, "/mediation?resamples=1000&seed=42&mediatorWave=check-in-1");
        assertThat(report.getInt("resamples")).isEqualTo(1000);
        assertThat(report.getLong("seed")).isEqualTo(42L);
        assertThat(report.getInt("n")).isEqualTo(120);
        assertThat(report.getInt("mentors")).isEqualTo(60);
        assertThat(report.getBoolean("underpowered")).isTrue(); // 60 mentors < 80
        assertThat(report.getDouble("b.low")).isLessThan(0.5);
        assertThat(report.getDouble("b.high")).isGreaterThan(0.5);
        Map<String, Object> other = effect(report, "other-focused");
        assertThat((Double) other.get("low")).isLessThan(0.3).isGreaterThan(0);
        assertThat((Double) other.get("high")).isGreaterThan(0.3);
        Map<String, Object> self = effect(report, "self-focused");
        assertThat((Double) self.get("low")).isLessThan(0);
        assertThat((Double) self.get("high")).isGreaterThan(0);
        // the same seed gives the same interval
        JsonPath again = research("researcher", programme, "/mediation?resamples=1000&seed=42&mediatorWave=check-in-1");
        assertThat(effect(again, "other-focused").get("low")).isEqualTo(other.get("low"));
        // covariates are instrument:scale pairs
        given().auth().oauth2(Tokens.token("researcher", tenant)).get(path(programme, "/mediation?covariate=nonsense")).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("researcher", tenant)).get(path(programme, "/mediation?resamples=10")).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void identificationGrowthModelsRecoverThePlantedSlopes() {
        JsonPath report = research("programme-manager", programme, "/identification");
        Map<String, Object> projection = growth(report, "personal-identification:projection");
        assertThat((String) projection.get("method")).contains("random intercept and slope");
        assertThat(projection.get("relationships")).isEqualTo(120);
        Map<String, Double> months = fixed(projection, "months");
        assertThat(months.get("low")).isLessThan(-0.3);
        assertThat(months.get("high")).isGreaterThan(-0.3);
        Map<String, Double> integration = fixed(growth(report, "personal-identification:integration"), "months");
        assertThat(integration.get("low")).isLessThan(0.5);
        assertThat(integration.get("high")).isGreaterThan(0.5);
        assertThat(growth(report, "relationship-quality:relationship-quality")).isNotNull();
        // projection (4 at baseline) dominates early, integration (2 + 0.5 a month) by closing
        assertThat(mechanism(report, "baseline", "mentor", "projection")).isGreaterThan(100);
        assertThat(mechanism(report, "closing", "mentee", "integration")).isGreaterThan(60);
        assertThat(mechanism(report, "closing", "mentor", "integration")).isGreaterThan(60);
        // shares of the relationships that answered
        assertThat(report.getInt("dominantMechanism.find { it.wave == 'closing' && it.side == 'mentee' }.answered")).isEqualTo(120);
        assertThat(report.getDouble("dominantMechanism.find { it.wave == 'closing' && it.side == 'mentee' }.relationships"
                + ".find { it.group == 'integration' }.share")).isCloseTo(mechanism(report, "closing", "mentee", "integration") / 120.0,
                org.assertj.core.api.Assertions.within(1e-12));
        // disclosure in every cell: a group of 1-4 shows no count, and a lone hidden group takes another non-empty one with it
        List<Map<String, Object>> cells = report.getList("dominantMechanism");
        for (Map<String, Object> cell : cells) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> groups = (List<Map<String, Object>>) cell.get("relationships");
            assertThat(groups).noneMatch(g -> g.get("n") != null && ((Number) g.get("n")).intValue() > 0 && ((Number) g.get("n")).intValue() < 5);
            long hidden = groups.stream().filter(g -> g.get("n") == null).count();
            assertThat(hidden).isNotEqualTo(1);
        }
        // a programme of two relationships: no count at all
        JsonPath tiny = research("admin", small, "/identification");
        assertThat(tiny.getList("dominantMechanism.relationships.flatten().n")).allMatch(n -> n == null || ((Number) n).intValue() == 0);
        assertThat(tiny.getList("models.note")).allMatch(note -> ((String) note).contains("fewer than 5"));
    }

    private static int mechanism(JsonPath report, String wave, String side, String group) {
        return report.getInt("dominantMechanism.find { it.wave == '" + wave + "' && it.side == '" + side + "' }.relationships.find { it.group == '"
                + group + "' }.n");
    }

    @Test
    void reciprocalBenefitsMotiveChangeAndMatchingFactors() {
        JsonPath benefits = research("admin", programme, "/reciprocal-benefits");
        Map<String, Object> leadership = benefits.getMap("facets.find { it.facet == 'leadership-skill' }");
        assertThat(leadership.get("n")).isEqualTo(120);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slopes = (List<Map<String, Object>>) leadership.get("slopes");
        Map<String, Object> self = slopes.stream().filter(s -> s.get("term").equals("self-focused")).findFirst().orElseThrow();
        assertThat((Double) self.get("low")).isLessThan(0.4).isGreaterThan(0);
        assertThat((Double) self.get("high")).isGreaterThan(0.4);
        // facets never answered are hidden with why
        assertThat(benefits.getString("facets.find { it.facet == 'expanded-network' }.note")).contains("fewer than 5");

        JsonPath change = research("admin", programme, "/motive-change");
        assertThat(change.getInt("mentors")).isEqualTo(30);
        Map<String, Object> other = change.getMap("subscales.find { it.subscale == 'other-focused' }");
        assertThat((Double) other.get("low")).isLessThan(0.5);
        assertThat((Double) other.get("high")).isGreaterThan(0.5);
        assertThat(change.getList("labelTransitions.group")).isNotEmpty();

        JsonPath factors = research("researcher", programme, "/matching-factors");
        Map<String, Object> goalFit = factors.getMap("predictions.find { it.factor == 'goal-fit' && it.outcome == 'quality' }");
        assertThat(goalFit.get("n")).isEqualTo(120);
        @SuppressWarnings("unchecked")
        Map<String, Double> slope = (Map<String, Double>) goalFit.get("slope");
        assertThat(slope.get("low")).isLessThan(0.1).isGreaterThan(0);
        assertThat(slope.get("high")).isGreaterThan(0.1);
        assertThat(factors.getList("predictions.outcome")).contains("goal-attainment");
    }

    @Test
    void onlyStaffWithAggregatesAndOnlyTheirTenant() {
        given().auth().oauth2(Tokens.token("mentee", tenant)).get(path(programme, "/outcomes-by-motives")).then().statusCode(403);
        given().auth().oauth2(Tokens.token("researcher", "other-" + tenant)).get(path(programme, "/outcomes-by-motives")).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.token("researcher", tenant)).get(path(programme, "/identification?outcome=Not A Key")).then().statusCode(400)
                .contentType("application/problem+json");
    }

    // --- helpers -----------------------------------------------------------------------------------

    private RequestSpecification as(String role, String forTenant) {
        return given().auth().oauth2(Tokens.token(role, forTenant));
    }

    private static String path(UUID prog, String report) {
        return "/api/v1/programmes/" + prog + "/research" + report;
    }

    private JsonPath research(String role, UUID prog, String report) {
        return as(role, tenant).get(path(prog, report)).then().statusCode(200).extract().jsonPath().using(DOUBLES);
    }

    private static Map<String, Object> model(JsonPath report, String outcome, String side) {
        return report.getMap("models.find { it.outcome == '" + outcome + "' && it.side == '" + side + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> slope(Map<String, Object> model, String term) {
        return ((List<Map<String, Object>>) model.get("slopes")).stream().filter(s -> s.get("term").equals(term)).findFirst()
                .map(s -> {
                    Map<String, Double> values = new HashMap<>();
                    s.forEach((k, v) -> {
                        if (v instanceof Double d) {
                            values.put(k, d);
                        }
                    });
                    return values;
                }).orElseThrow();
    }

    private static Map<String, Object> effect(JsonPath report, String predictor) {
        return report.getMap("effects.find { it.predictor == '" + predictor + "' }");
    }

    private static Map<String, Object> growth(JsonPath report, String outcome) {
        return report.getMap("models.find { it.outcome == '" + outcome + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> fixed(Map<String, Object> model, String term) {
        Map<String, Object> f = ((List<Map<String, Object>>) model.get("fixed")).stream().filter(x -> x.get("term").equals(term)).findFirst()
                .orElseThrow();
        Map<String, Double> values = new HashMap<>();
        f.forEach((k, v) -> {
            if (v instanceof Double d) {
                values.put(k, d);
            }
        });
        return values;
    }
}
