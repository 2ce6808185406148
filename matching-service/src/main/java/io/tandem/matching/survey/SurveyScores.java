package io.tandem.matching.survey;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Map;

/**
 * Latest scale scores from survey-service, one batched call per instrument. The call has a
 * timeout, retries on failures that may pass (not on 4xx), and a circuit breaker; when
 * survey-service is down a matching run fails fast with 503 instead of hanging. The caller's own
 * token is passed on, so survey-service answers for the caller's tenant only.
 */
@ApplicationScoped
public class SurveyScores {

    @Inject
    JsonWebToken token;

    @Inject
    GuardedScoresCall guarded;

    /** Score values by person id and scale key, and the people without any valid score. */
    public record Result(Map<String, Map<String, Double>> byPerson, List<String> without) {
    }

    public Result latest(String instrumentKey, List<String> personIds, List<String> scales) {
        return latest(instrumentKey, personIds, scales, null);
    }

    /**
     * Every person's scores come from one response: their newest in which all requested scales are
     * valid (survey-service's rule), no older than {@code maxAgeDays} when given.
     */
    public Result latest(String instrumentKey, List<String> personIds, List<String> scales, Integer maxAgeDays) {
        if (personIds.isEmpty()) {
            return new Result(Map.of(), List.of());
        }
        try {
            SurveyScoresApi.LatestScores answer = guarded.query("Bearer " + token.getRawToken(),
                    new SurveyScoresApi.Query(instrumentKey, personIds, scales, maxAgeDays));
            Map<String, Map<String, Double>> byPerson = new java.util.HashMap<>();
            answer.people().forEach(p -> {
                Map<String, Double> values = new java.util.HashMap<>();
                p.scores().forEach((scale, latest) -> values.put(scale, latest.value()));
                byPerson.put(p.personId(), values);
            });
            return new Result(byPerson, answer.withoutScores() == null ? List.of() : answer.withoutScores());
        } catch (CircuitBreakerOpenException e) {
            throw unavailable("survey-service failed repeatedly; matching runs are paused for a few seconds.");
        } catch (TimeoutException e) {
            throw unavailable("survey-service did not answer in time.");
        } catch (WebApplicationException e) {
            throw unavailable("survey-service answered " + e.getResponse().getStatus() + " to the scores query.");
        } catch (RuntimeException e) {
            throw unavailable("survey-service cannot be reached (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail + " Try the run again shortly.");
    }
}
