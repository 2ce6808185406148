package io.tandem.analytics;

import io.quarkus.test.junit.QuarkusTest;
import io.tandem.testsupport.ServiceConventionsContract;

import java.util.Map;

@QuarkusTest
class AnalyticsConventionsTest extends ServiceConventionsContract {

    @Override
    protected WriteProbe probe() {
        return new WriteProbe("PUT", "/api/v1/settings", "admin", "programme-manager",
                Map.of("minGroupSize", 5, "confidenceLevel", 0.95, "bootstrapResamples", 2000, "reportingTimeZone", "UTC"),
                "minGroupSize", "reportingTimeZone", 64, "bootstrapResamples", null, null);
    }
}
