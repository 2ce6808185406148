package io.tandem.survey.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
class PsychometricsEndpointTest {

    /**
     * Worked example: (q1, q2, q3) of 12 respondents; q3 is reverse-keyed on 1..5, so it enters as 6 - q3.
     * With C the item covariance matrix (n - 1 denominator), alpha = k/(k-1) (1 - tr C / sum C) = 0.946611,
     * standardized alpha = k r / (1 + (k-1) r) with mean inter-item r = 0.867671 gives 0.951622; the same
     * formulas as psych::alpha (raw_alpha, std.alpha, average_r), computed by hand for this data.
     */
    private static final int[][] ROWS = {{4, 5, 2}, {3, 4, 2}, {5, 5, 1}, {2, 3, 4}, {4, 4, 3}, {1, 2, 5}, {3, 3, 3}, {5, 4, 2},
            {2, 2, 4}, {4, 5, 1}, {3, 4, 3}, {2, 3, 5}};

    private SurveyFixture fixture;

    @BeforeEach
    void newTenantWithPublishedInstrument() {
        fixture = new SurveyFixture();
    }

    private Response report() {
        return fixture.as("researcher").get("/api/v1/instruments/" + fixture.instrumentKey + "/versions/1/psychometrics");
    }

    private void submit(int[] row, String person) {
        fixture.submit(fixture.assign(person), "{\"q1\": %d, \"q2\": %d, \"q3\": %d, \"has-mentor\": false}".formatted(row[0], row[1], row[2]))
                .then().statusCode(200);
    }

    @Test
    void computesAlphaWithReverseKeysFromCompleteCases() {
        for (int i = 0; i < ROWS.length; i++) {
            submit(ROWS[i], "p" + i);
        }
        // incomplete for the scale (q3 missing): excluded by the complete-cases rule
        fixture.submit(fixture.assign("p-incomplete"), "{\"q1\": 1, \"q2\": 5, \"has-mentor\": false}").then().statusCode(200);

        Response report = report();
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.jsonPath().getInt("responses")).isEqualTo(13);
        assertThat(report.jsonPath().getString("missingDataRule")).contains("complete cases");
        String engagement = "scales.find { it.key == 'engagement' }";
        assertThat(report.jsonPath().getString(engagement + ".status")).isEqualTo("computed");
        assertThat(report.jsonPath().getInt(engagement + ".n")).isEqualTo(12);
        assertThat(report.jsonPath().getDouble(engagement + ".alpha")).isCloseTo(0.946611, within(1e-5));
        assertThat(report.jsonPath().getDouble(engagement + ".standardizedAlpha")).isCloseTo(0.951622, within(1e-5));
        assertThat(report.jsonPath().getDouble(engagement + ".averageInterItemCorrelation")).isCloseTo(0.867671, within(1e-5));
        assertThat(report.jsonPath().getDouble(engagement + ".alphaLower")).isLessThan(0.946611);
        assertThat(report.jsonPath().getDouble(engagement + ".alphaUpper")).isGreaterThan(0.946611);
        assertThat(report.jsonPath().getBoolean(engagement + ".items[2].reversed")).isTrue();
        assertThat(report.jsonPath().getString("scales.find { it.key == 'support' }.status")).isEqualTo("too-few-items");
    }

    @Test
    void saysSoWhenThereAreTooFewResponses() {
        for (int i = 0; i < 9; i++) {
            submit(ROWS[i], "p" + i);
        }
        Response report = report();
        String engagement = "scales.find { it.key == 'engagement' }";
        assertThat(report.jsonPath().getString(engagement + ".status")).isEqualTo("too-few-responses");
        assertThat(report.jsonPath().getString(engagement + ".alpha")).isNull();
        assertThat(report.jsonPath().getString(engagement + ".note")).contains("9 complete");
    }

    @Test
    void usesOnlyTheCallersTenantAndRole() {
        for (int i = 0; i < ROWS.length; i++) {
            submit(ROWS[i], "p" + i);
        }
        SurveyFixture other = new SurveyFixture();
        assertThat(other.as("researcher").get("/api/v1/instruments/" + fixture.instrumentKey + "/versions/1/psychometrics").statusCode())
                .isEqualTo(404);
        assertThat(fixture.as("mentor").get("/api/v1/instruments/" + fixture.instrumentKey + "/versions/1/psychometrics").statusCode())
                .isEqualTo(403);
        Response builtIn = other.as("researcher").get("/api/v1/instruments/mentor-motives/versions/1/psychometrics");
        assertThat(builtIn.statusCode()).isEqualTo(200);
        assertThat(builtIn.jsonPath().getInt("responses")).isZero();
    }

    /**
     * The twelve rows above plus three that skipped the optional, reverse-keyed q3. Expected figures
     * computed with R's rules (cov/cor with use = "pairwise"; the item's median for imputation; psych's
     * ase formula), by hand in numpy: pairwise alpha 0.926506, std.alpha 0.951695, ase 0.032316;
     * median imputation (q3 reversed, median 3) alpha 0.902123, std.alpha 0.904052; complete cases
     * alpha 0.946611 (n 12), ase 0.024586.
     */
    @Test
    void pairwiseAndMedianImputationAgreeWithRsRulesAndReportTheAse() {
        for (int i = 0; i < ROWS.length; i++) {
            submit(ROWS[i], "p" + i);
        }
        int[][] skippedQ3 = {{2, 3}, {5, 4}, {1, 1}};
        for (int i = 0; i < skippedQ3.length; i++) {
            fixture.submit(fixture.assign("s" + i), "{\"q1\": %d, \"q2\": %d, \"has-mentor\": false}".formatted(skippedQ3[i][0], skippedQ3[i][1]))
                    .then().statusCode(200);
        }
        String engagement = "scales.find { it.key == 'engagement' }";
        Response complete = report("");
        assertThat(complete.jsonPath().getString("missingData")).isEqualTo("complete-cases");
        assertThat(complete.jsonPath().getInt(engagement + ".n")).isEqualTo(12);
        assertThat(complete.jsonPath().getDouble(engagement + ".ase")).isCloseTo(0.024586, within(1e-5));
        Response pairwise = report("?missingData=pairwise");
        assertThat(pairwise.jsonPath().getString("missingData")).isEqualTo("pairwise");
        assertThat(pairwise.jsonPath().getInt(engagement + ".n")).isEqualTo(15);
        assertThat(pairwise.jsonPath().getDouble(engagement + ".alpha")).isCloseTo(0.926506, within(1e-5));
        assertThat(pairwise.jsonPath().getDouble(engagement + ".standardizedAlpha")).isCloseTo(0.951695, within(1e-5));
        assertThat(pairwise.jsonPath().getDouble(engagement + ".ase")).isCloseTo(0.032316, within(1e-5));
        Response median = report("?missingData=median-imputation");
        assertThat(median.jsonPath().getInt(engagement + ".n")).isEqualTo(15);
        assertThat(median.jsonPath().getDouble(engagement + ".alpha")).isCloseTo(0.902123, within(1e-5));
        assertThat(median.jsonPath().getDouble(engagement + ".standardizedAlpha")).isCloseTo(0.904052, within(1e-5));
        assertThat(report("?missingData=listwise").statusCode()).isEqualTo(400);
    }

    @Test
    void itemsDisabledBySkipLogicAreNotMissingAndTheReportNamesTheForm() {
        for (int i = 0; i < ROWS.length; i++) {
            submit(ROWS[i], "p" + i);
        }
        for (int i = 0; i < 3; i++) {
            fixture.submit(fixture.assign("m" + i), "{\"q1\": 3, \"q2\": 3, \"q3\": 3, \"has-mentor\": true, \"q4\": %d, \"closeness\": %d}"
                    .formatted(2 + i, 3 + i)).then().statusCode(200);
        }
        Response report = report("");
        String support = "scales.find { it.key == 'support' }";
        assertThat(report.jsonPath().getInt(support + ".eligibleResponses")).as("only those shown the items").isEqualTo(3);
        assertThat(report.jsonPath().getString(support + ".form")).isEqualTo("has-mentor equals true");
        assertThat(report.jsonPath().getInt("scales.find { it.key == 'engagement' }.eligibleResponses")).isEqualTo(15);
        assertThat(report.jsonPath().getString("scales.find { it.key == 'engagement' }.form")).isNull();
    }

    @Test
    void aConstantItemIsReportedNotFatalAndNegativeItemTotalCorrelationsAreWarned() {
        int[][] rows = {{1, 4, 1}, {2, 4, 2}, {3, 4, 3}, {4, 4, 4}, {5, 4, 5}, {2, 4, 1}, {3, 4, 2}, {4, 4, 5}, {1, 4, 2}, {5, 4, 4}};
        for (int i = 0; i < rows.length; i++) {
            submit(rows[i], "c" + i);
        }
        String engagement = "scales.find { it.key == 'engagement' }";
        Response report = report("");
        assertThat(report.jsonPath().getString(engagement + ".status")).isEqualTo("computed");
        assertThat(report.jsonPath().getBoolean(engagement + ".items[1].constant")).isTrue();
        assertThat(report.jsonPath().getString(engagement + ".standardizedAlpha")).isNull();
        assertThat(report.jsonPath().getString(engagement + ".alpha")).isNotNull();
        List<String> warnings = report.jsonPath().getList(engagement + ".warnings", String.class);
        assertThat(warnings).anyMatch(w -> w.startsWith("q2 has the same answer"));
        assertThat(warnings).anyMatch(w -> w.startsWith("q3 correlates negatively"));
        assertThat(warnings).anyMatch(w -> w.startsWith("alpha is negative"));
    }

    @Test
    void filtersByWaveRoleAndTime() {
        for (int i = 0; i < ROWS.length; i++) {
            submit(ROWS[i], "p" + i);
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new HashMap<>(Map.of("respondentId", "w" + i, "instrumentKey", fixture.instrumentKey,
                    "wave", "check-in-1", "role", "mentor"));
            String id = fixture.as("programme-manager").body(body).post("/api/v1/assignments").jsonPath().getString("id");
            fixture.submit(id, "{\"q1\": 3, \"q2\": 3, \"q3\": 3, \"has-mentor\": false}").then().statusCode(200);
        }
        assertThat(report("").jsonPath().getInt("responses")).isEqualTo(15);
        assertThat(report("?wave=baseline").jsonPath().getInt("responses")).isEqualTo(12);
        Response checkIn = report("?wave=check-in-1&raterRole=mentor");
        assertThat(checkIn.jsonPath().getInt("responses")).isEqualTo(3);
        assertThat(checkIn.jsonPath().getString("filters.wave")).isEqualTo("check-in-1");
        assertThat(report("?raterRole=mentee").jsonPath().getInt("responses")).isZero();
        assertThat(report("?from=2999-01-01T00:00:00Z").jsonPath().getInt("responses")).isZero();
        assertThat(report("?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z").jsonPath().getInt("responses")).isEqualTo(15);
        assertThat(report("?from=2999-01-01T00:00:00Z&to=2000-01-01T00:00:00Z").statusCode()).isEqualTo(400);
        assertThat(report("?from=yesterday").statusCode()).isEqualTo(400);
    }

    private Response report(String query) {
        return fixture.as("researcher").get("/api/v1/instruments/" + fixture.instrumentKey + "/versions/1/psychometrics" + query);
    }
}
