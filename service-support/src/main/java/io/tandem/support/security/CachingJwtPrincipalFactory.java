package io.tandem.support.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each distinct bearer token once and remembers the result until the token expires.
 * Clients (mobile apps, HR platforms, other services) send the same token for many requests, and
 * the RS256 signature check was the largest single cost of a request. Keyed by the whole token,
 * signature included, so only a byte-identical token that already passed verification is served
 * from the cache; a failed verification is never remembered, and an entry is dropped at expiry.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingJwtPrincipalFactory extends JWTCallerPrincipalFactory {

    static final int MAX_ENTRIES = 10_000;

    private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        long nowSeconds = System.currentTimeMillis() / 1000;
        if (known != null) {
            if (nowSeconds < known.getExpirationTime()) {
                return known;
            }
            verified.remove(token);
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        if (principal.getExpirationTime() > nowSeconds) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, principal);
        }
        return principal;
    }
}
