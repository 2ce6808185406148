package io.tandem.support.observability;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts the request id, tenant and token subject of each request into the logging context, so every
 * log line (JSON or text) of the request names them beside the trace id. A client's own
 * X-Request-Id is kept when it is a plain token; otherwise one is made. It is echoed back.
 */
public class RequestLogContext {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 5)
    public Uni<Response> enter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(HEADER, requestId);
        MDC.put("requestId", requestId);
        return identities.getDeferredIdentity().<Response>map(identity -> {
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                Object tenant = token.getClaim("tenant");
                MDC.put("tenant", tenant == null ? "-" : tenant.toString());
                MDC.put("subject", token.getSubject() == null ? "-" : token.getSubject());
            }
            return null;
        }).onFailure().recoverWithNull();
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HEADER) instanceof String requestId) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
    }
}
