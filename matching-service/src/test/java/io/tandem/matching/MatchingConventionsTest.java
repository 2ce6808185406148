package io.tandem.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.tandem.testsupport.ServiceConventionsContract;

import java.util.Map;

@QuarkusTest
class MatchingConventionsTest extends ServiceConventionsContract {

    @Override
    protected WriteProbe probe() {
        return new WriteProbe("POST", "/api/v1/programmes", "programme-manager", "mentor",
                Map.of("name", "Pilot", "type", "classic", "startsOn", "2027-01-01", "endsOn", "2027-12-31",
                        "defaultMentorCapacity", 2),
                "startsOn", "name", 200, "defaultMentorCapacity", "type", "/api/v1/programmes/{id}", "/api/v1/programmes");
    }
}
