package io.tandem.matching.run;

import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.tandem.matching.survey.SurveyServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** Each run test starts with a closed breaker and a fresh tenant, programme and participants (see RunFixture). */
@QuarkusTestResource(SurveyServiceStub.class)
abstract class RunTestBase {

    @Inject
    CircuitBreakerMaintenance breakers;

    RunFixture fixture;

    @BeforeEach
    void programmeWithParticipants() {
        breakers.resetAll();
        fixture = new RunFixture();
    }
}
