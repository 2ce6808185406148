package io.tandem.survey.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tandem.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        assertThat(report.jsonPath().getString("missingDataRule")).startsWith("complete cases");
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
}
