package io.tandem.support.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits each caller's requests to /api per minute and says where they stand on every answer
 * (RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset); over the limit the answer is 429
 * problem+json with Retry-After, and nothing is done.
 */
@ApplicationScoped
public class RateLimits {

    private static final String DECISION = RateLimits.class.getName();

    private final FixedWindowLimiter limiter = new FixedWindowLimiter(60_000, System::currentTimeMillis);

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 10)
    public Uni<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!config.enabled() || path == null || !path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return null;
            }
            String tenant = token.getClaim("tenant") == null ? "" : token.getClaim("tenant").toString();
            int perMinute = config.tenants().getOrDefault(tenant, config.requestsPerMinute());
            FixedWindowLimiter.Decision decision = limiter.acquire(tenant + "\u0000" + token.getSubject(), perMinute);
            request.setProperty(DECISION, decision);
            if (decision.allowed()) {
                return null;
            }
            Response refused = ProblemMappers.toResponse(ProblemException.tooManyRequests("You sent more than " + perMinute
                    + " requests this minute; nothing was done. Try again after Retry-After seconds.", decision.resetSeconds()),
                    request.getUriInfo());
            headers(refused.getHeaders(), decision);
            return refused;
        });
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof FixedWindowLimiter.Decision decision) {
            headers(response.getHeaders(), decision);
        }
    }

    private static void headers(jakarta.ws.rs.core.MultivaluedMap<String, Object> headers, FixedWindowLimiter.Decision decision) {
        headers.putSingle("RateLimit-Limit", decision.limit());
        headers.putSingle("RateLimit-Remaining", decision.remaining());
        headers.putSingle("RateLimit-Reset", decision.resetSeconds());
    }
}
