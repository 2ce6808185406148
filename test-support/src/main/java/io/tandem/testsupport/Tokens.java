package io.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs RS256 bearer tokens with the development key in deploy/local/dev-keys, the same way
 * deploy/local/token.sh does, so tests call the API exactly as a client would.
 */
public final class Tokens {

    /** Issuer the %test profile expects. */
    public static final String ISSUER = "https://tandem.local/dev";

    private static PrivateKey devKey;

    private Tokens() {
    }

    public static String token(String role, String tenant) {
        return token(role, tenant, role + "-user");
    }

    public static String token(String role, String tenant, String subject) {
        return sign(claims(List.of(role), tenant, subject, Instant.now().plusSeconds(3600)), devKey());
    }

    public static String bearer(String role, String tenant) {
        return "Bearer " + token(role, tenant);
    }

    public static String bearer(String role, String tenant, String subject) {
        return "Bearer " + token(role, tenant, subject);
    }

    /** A valid token that expires after the given number of seconds. */
    public static String expiringIn(String role, String tenant, long seconds) {
        return sign(claims(List.of(role), tenant, role + "-user", Instant.now().plusSeconds(seconds)), devKey());
    }

    public static String expired(String role, String tenant) {
        return sign(claims(List.of(role), tenant, role + "-user", Instant.now().minusSeconds(3600)), devKey());
    }

    /** A token that is well formed but signed with a key the services do not trust. */
    public static String signedByStranger(String role, String tenant) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(List.of(role), tenant, role + "-user", Instant.now().plusSeconds(3600)),
                    generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String withoutTenant(String role) {
        return sign(claims(List.of(role), null, role + "-user", Instant.now().plusSeconds(3600)), devKey());
    }

    private static String claims(List<String> groups, String tenant, String subject, Instant expires) {
        long now = Instant.now().getEpochSecond();
        String groupsJson = groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",", "[", "]"));
        return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
                + ",\"groups\":" + groupsJson
                + (tenant == null ? "" : ",\"tenant\":\"" + tenant + "\"")
                + ",\"iat\":" + Math.min(now, expires.getEpochSecond() - 60)
                + ",\"exp\":" + expires.getEpochSecond() + "}";
    }

    private static String sign(String claimsJson, PrivateKey key) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            devKey = readPkcs8(DevKeys.privateKey());
        }
        return devKey;
    }

    private static PrivateKey readPkcs8(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA PKCS#8 key: " + pem, e);
        }
    }
}
