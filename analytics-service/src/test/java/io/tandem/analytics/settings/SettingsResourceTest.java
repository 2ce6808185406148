package io.tandem.analytics.settings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SettingsResourceTest {

    private static Map<String, Object> settings(int minGroupSize) {
        Map<String, Object> body = new HashMap<>();
        body.put("minGroupSize", minGroupSize);
        body.put("confidenceLevel", 0.9);
        body.put("bootstrapResamples", 2000);
        body.put("reportingTimeZone", "Europe/Berlin");
        return body;
    }

    private static Response read(String tenant) {
        return given().header("Authorization", Tokens.bearer("researcher", tenant)).get("/api/v1/settings");
    }

    private static Response replace(String tenant, Map<String, Object> body, String ifMatch) {
        var request = given().header("Authorization", Tokens.bearer("admin", tenant)).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/settings");
    }

    @Test
    void newTenantSeesTheDefaults() {
        Response defaults = read("t-" + UUID.randomUUID());
        assertThat(defaults.statusCode()).isEqualTo(200);
        assertThat(defaults.jsonPath().getInt("minGroupSize")).isEqualTo(5);
        assertThat(defaults.jsonPath().getDouble("confidenceLevel")).isEqualTo(0.95);
        assertThat(defaults.header("ETag")).isEqualTo("\"defaults\"");
        assertThat(defaults.jsonPath().getString("updatedAt")).isNull();
        Response contract = given().accept(ContentType.JSON).get("/q/openapi?format=json");
        assertThat(contract.jsonPath().getList("components.schemas.AnalyticsSettingsView.properties.updatedAt.anyOf.type", String.class))
                .as("the contract (OpenAPI 3.1) allows the null the defaults answer with").contains("null");
    }

    @Test
    void replacesWithIfMatchAndRefusesAStaleOne() {
        String tenant = "t-" + UUID.randomUUID();
        String defaultsTag = read(tenant).header("ETag");

        Response first = replace(tenant, settings(7), defaultsTag);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getString("updatedAt")).isNotNull();
        assertThat(read(tenant).jsonPath().getInt("minGroupSize")).isEqualTo(7);

        Response stale = replace(tenant, settings(9), defaultsTag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        Response second = replace(tenant, settings(9), first.header("ETag"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(read(tenant).jsonPath().getInt("minGroupSize")).isEqualTo(9);
    }

    @Test
    void requiresIfMatch() {
        Response missing = replace("t-" + UUID.randomUUID(), settings(6), null);
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(missing.jsonPath().getString("type")).isEqualTo("https://tandem.io/problems/precondition-required");
    }

    @Test
    void tenantsDoNotSeeEachOthersSettings() {
        String tenant = "t-" + UUID.randomUUID();
        replace(tenant, settings(8), "\"defaults\"").then().statusCode(200);
        assertThat(read("t-" + UUID.randomUUID()).jsonPath().getInt("minGroupSize")).isEqualTo(5);
    }

    @Test
    void refusesGroupsTooSmallToProtectPeopleAndUnknownZonesChangingNothing() {
        String tenant = "t-" + UUID.randomUUID();
        Response tooSmall = replace(tenant, settings(2), "\"defaults\"");
        assertThat(tooSmall.statusCode()).isEqualTo(400);
        assertThat(tooSmall.jsonPath().getList("errors.field", String.class)).containsExactly("minGroupSize");

        Map<String, Object> badZone = settings(6);
        badZone.put("reportingTimeZone", "Mars/Olympus");
        Response zone = replace(tenant, badZone, "\"defaults\"");
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.jsonPath().getList("errors.field", String.class)).containsExactly("reportingTimeZone");
        assertThat(read(tenant).header("ETag")).isEqualTo("\"defaults\"");
    }
}
