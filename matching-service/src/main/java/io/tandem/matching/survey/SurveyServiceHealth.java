package io.tandem.matching.survey;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The survey-service breaker's state in the {@code downstream} health group
 * (/q/health/group/downstream): DOWN while the breaker is open. Deliberately not a readiness
 * check: matching-service still serves everything but new runs while survey-service is away, and a
 * failing readiness would take every replica out of the load balancer at once.
 */
@HealthGroup("downstream")
@ApplicationScoped
public class SurveyServiceHealth implements HealthCheck {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Override
    public HealthCheckResponse call() {
        CircuitBreakerState state = breakers.currentState(GuardedScoresCall.BREAKER);
        return HealthCheckResponse.named("survey-service").status(state != CircuitBreakerState.OPEN)
                .withData("breaker", state.name().toLowerCase(java.util.Locale.ROOT)).build();
    }
}
