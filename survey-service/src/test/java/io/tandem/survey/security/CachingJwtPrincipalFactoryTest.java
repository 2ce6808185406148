package io.tandem.survey.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import io.tandem.support.security.CachingJwtPrincipalFactory;
import io.tandem.testsupport.DevKeys;
import io.tandem.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.security.PublicKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token cache must never accept what the verifier itself would refuse. */
class CachingJwtPrincipalFactoryTest {

    private static JWTAuthContextInfo context() throws Exception {
        String pem = Files.readString(DevKeys.repositoryRoot().resolve("deploy/local/dev-keys/public.pem"));
        PublicKey key = KeyUtils.decodePublicKey(pem);
        JWTAuthContextInfo info = new JWTAuthContextInfo(key, Tokens.ISSUER);
        info.setClockSkew(0);
        return info;
    }

    @Test
    void servesARepeatedTokenFromTheCacheOnlyUntilItExpires() throws Exception {
        JWTAuthContextInfo context = context();
        CachingJwtPrincipalFactory factory = new CachingJwtPrincipalFactory(100);
        String token = Tokens.expiringIn("mentor", "t-1", 2);
        assertThat(factory.parse(token, context).getSubject()).isEqualTo("mentor-user");
        assertThat(factory.parse(token, context)).isSameAs(factory.parse(token, context));
        // once the token expires, the cached principal is no longer served
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThatThrownBy(() -> factory.parse(token, context)).isInstanceOf(ParseException.class));
    }

    @Test
    void neverCachesAFailedVerification() throws Exception {
        JWTAuthContextInfo context = context();
        CachingJwtPrincipalFactory factory = new CachingJwtPrincipalFactory(100);
        String forged = Tokens.signedByStranger("admin", "t-1");
        assertThatThrownBy(() -> factory.parse(forged, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> factory.parse(forged, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> factory.parse(Tokens.expired("admin", "t-1"), context)).isInstanceOf(ParseException.class);
    }

    @Test
    void keepsAtMostItsBoundOfTokens() throws Exception {
        JWTAuthContextInfo context = context();
        CachingJwtPrincipalFactory factory = new CachingJwtPrincipalFactory(5);
        for (int i = 0; i < 40; i++) {
            factory.parse(Tokens.token("mentor", "t-" + i), context);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> factory.size() <= 5);
    }
}
