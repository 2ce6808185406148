package io.tandem.support.security;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified bearer token: the only place a tenant comes from.
 * A request body never names its tenant.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";
    private static final int MAX_TENANT_LENGTH = 100;

    @Inject
    JsonWebToken token;

    /** The caller's tenant; a token without one is refused as if it were not valid. */
    public String tenant() {
        Object claim = token.getClaim(TENANT_CLAIM);
        String tenant = claim == null ? null : claim.toString();
        if (tenant == null || tenant.isBlank() || tenant.length() > MAX_TENANT_LENGTH) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The bearer token carries no usable 'tenant' claim.");
        }
        return tenant;
    }

    /** The token's subject: a person id for mentors and mentees, a client id for systems. */
    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The platform's identity: the platform-service role and no tenant; it reads feeds across tenants and nothing else. */
    public boolean isPlatform() {
        return hasRole(Roles.PLATFORM_SERVICE) && token.getClaim(TENANT_CLAIM) == null;
    }

    public boolean isAuthenticated() {
        return token.getRawToken() != null;
    }
}
