package io.tandem.matching.run;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** More concurrent runs than the instance allows: 503 with Retry-After, nothing stored. */
public class RunLimitMapper {

    @ConfigProperty(name = "tandem.matching.run-retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    @ServerExceptionMapper
    public Response tooManyRuns(BulkheadException e, UriInfo uri) {
        return ProblemMappers.toResponse(ProblemException.unavailable(
                "This instance is computing as many matching runs as it allows at once; nothing was stored. Try again shortly.",
                retryAfterSeconds), uri);
    }
}
