package io.tandem.survey;

import io.quarkus.test.junit.QuarkusTest;
import io.tandem.testsupport.ServiceConventionsContract;

import java.util.Map;

@QuarkusTest
class SurveyConventionsTest extends ServiceConventionsContract {

    @Override
    protected WriteProbe probe() {
        return new WriteProbe("POST", "/api/v1/instruments", "admin", "mentee",
                Map.of("key", "conventions-" + System.nanoTime(), "defaultLocale", "en", "title", Map.of("en", "Pulse")),
                "key", "key", 63, "title", null, "/api/v1/instruments/{id}", "/api/v1/instruments");
    }
}
