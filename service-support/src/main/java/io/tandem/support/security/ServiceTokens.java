package io.tandem.support.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bearer tokens for calls a service makes on its own, with no user request behind them (a worker
 * delivering check-in assignments, analytics reading the feeds). DESIGN.md, Service identity: a
 * tenant's calls carry that tenant's {@code service} role; reading every tenant's feed carries the
 * platform identity ({@code platform-service}, no tenant).
 *
 * <p>The service signs them with its own RS256 key (TANDEM_SERVICE_SIGNING_KEY_LOCATION, key id
 * {@code tandem.service-token.key-id}); the receiving services trust it because its public half sits
 * in the key set they verify with (TANDEM_JWT_PUBLIC_KEY_LOCATION may be a JWKS holding the identity
 * provider's keys and this one). Locally and in tests the development key signs. Tokens live a few
 * minutes and are reused until one minute before they expire.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final String PLATFORM = "\u0000platform";

    @ConfigProperty(name = "tandem.service-token.signing-key-location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "tandem.service-token.key-id", defaultValue = "tandem-service")
    String keyId;

    @ConfigProperty(name = "tandem.service-token.lifetime", defaultValue = "PT10M")
    Duration lifetime;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "quarkus.application.name")
    String subject;

    private volatile PrivateKey key;
    private final ConcurrentMap<String, Issued> issued = new ConcurrentHashMap<>();

    private record Issued(String bearer, Instant renewAfter) {
    }

    /** Whether a signing key is configured; without one, background calls wait (and say so in the log). */
    public boolean available() {
        return keyLocation.isPresent() && !keyLocation.get().isBlank();
    }

    /** "Bearer ..." for calls on one tenant's behalf, role {@code service}. */
    public String forTenant(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("a tenant's service token names its tenant");
        }
        return issued.compute(tenant, (t, current) -> fresh(current) ? current : issue(Roles.SERVICE, t)).bearer();
    }

    /** "Bearer ..." for the platform identity, accepted only by the change feeds. */
    public String platform() {
        return issued.compute(PLATFORM, (t, current) -> fresh(current) ? current : issue(Roles.PLATFORM_SERVICE, null)).bearer();
    }

    private static boolean fresh(Issued current) {
        return current != null && Instant.now().isBefore(current.renewAfter());
    }

    private Issued issue(String role, String tenant) {
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        var claims = Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(role)).issuedAt(now).expiresAt(expires);
        if (tenant != null) {
            claims.claim(Caller.TENANT_CLAIM, tenant);
        }
        String token = claims.jws().keyId(keyId).sign(signingKey());
        return new Issued("Bearer " + token, expires.minus(RENEW_BEFORE_EXPIRY));
    }

    private PrivateKey signingKey() {
        PrivateKey loaded = key;
        if (loaded == null) {
            if (!available()) {
                throw new IllegalStateException("No service signing key: set TANDEM_SERVICE_SIGNING_KEY_LOCATION.");
            }
            try {
                loaded = KeyUtils.decodePrivateKey(Files.readString(Path.of(keyLocation.get())));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("The service signing key at " + keyLocation.get() + " cannot be read.", e);
            }
            key = loaded;
        }
        return loaded;
    }
}
