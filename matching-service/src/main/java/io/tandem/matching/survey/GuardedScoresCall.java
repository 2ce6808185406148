package io.tandem.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * The scores query under its fault-tolerance policy (a bean of its own so the interceptors apply):
 * 5 s timeout, two retries on server errors and timeouts but never on a 4xx, and a breaker that
 * opens when half of the last 4 attempts failed and waits 10 s before trying again. An open breaker
 * is not retried: the call fails at once.
 */
@ApplicationScoped
public class GuardedScoresCall {

    static final String BREAKER = "survey-service-scores";

    @Inject
    @RestClient
    SurveyScoresApi api;

    @CircuitBreakerName(GuardedScoresCall.BREAKER)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {SurveyClientError.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = {SurveyClientError.class})
    public SurveyScoresApi.LatestScores query(String authorization, SurveyScoresApi.Query query) {
        try {
            return api.query(authorization, query);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() < 500) {
                throw new SurveyClientError(e);
            }
            throw e;
        }
    }
}
