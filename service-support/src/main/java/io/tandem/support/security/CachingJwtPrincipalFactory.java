package io.tandem.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.concurrent.TimeUnit;

/**
 * Verifies each distinct bearer token once and remembers the result until the token expires.
 * Clients (mobile apps, HR platforms, other services) send the same token for many requests, and
 * the RS256 signature check was the largest single cost of a request. Keyed by the whole token,
 * signature included, so only a byte-identical token that already passed verification is served
 * from the cache; a failed verification is never remembered. The cache is a bounded LRU
 * ({@code tandem.jwt-cache.max-entries}, default 10,000) whose entries expire with their token.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingJwtPrincipalFactory extends JWTCallerPrincipalFactory {

    static final long DEFAULT_MAX_ENTRIES = 10_000;

    private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Cache<String, JWTCallerPrincipal> verified;

    public CachingJwtPrincipalFactory() {
        this(ConfigProvider.getConfig().getOptionalValue("tandem.jwt-cache.max-entries", Long.class).orElse(DEFAULT_MAX_ENTRIES));
    }

    public CachingJwtPrincipalFactory(long maxEntries) {
        verified = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new UntilTokenExpiry()).build();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long nowSeconds = System.currentTimeMillis() / 1000;
        JWTCallerPrincipal known = verified.getIfPresent(token);
        if (known != null && nowSeconds < known.getExpirationTime()) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        if (principal.getExpirationTime() > nowSeconds) {
            verified.put(token, principal);
        }
        return principal;
    }

    /** Number of tokens currently remembered (for tests of the bound). */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static final class UntilTokenExpiry implements Expiry<String, JWTCallerPrincipal> {

        @Override
        public long expireAfterCreate(String token, JWTCallerPrincipal principal, long currentTime) {
            long secondsLeft = Math.max(0, principal.getExpirationTime() - System.currentTimeMillis() / 1000);
            return TimeUnit.SECONDS.toNanos(secondsLeft);
        }

        @Override
        public long expireAfterUpdate(String token, JWTCallerPrincipal principal, long currentTime, long currentDuration) {
            return expireAfterCreate(token, principal, currentTime);
        }

        @Override
        public long expireAfterRead(String token, JWTCallerPrincipal principal, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
