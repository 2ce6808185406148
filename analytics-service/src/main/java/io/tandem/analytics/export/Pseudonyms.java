package io.tandem.analytics.export;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Pseudonymous ids for one export: HMAC-SHA256 of the id under a secret made for this export alone and
 * never returned or stored, cut to 16 hex digits. The same person or relationship has the same pseudonym
 * throughout one export and an unrelated one in the next, so exports cannot be joined to each other or
 * reversed by hashing known ids. Plain Java.
 */
public final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac mac;

    private Pseudonyms(byte[] secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh secret: this export's pseudonyms only. */
    public static Pseudonyms forOneExport() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Pseudonyms(secret);
    }

    static Pseudonyms withSecret(byte[] secret) {
        return new Pseudonyms(secret.clone());
    }

    public String of(String kind, String id) {
        if (id == null) {
            return "";
        }
        byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
        return kind.charAt(0) + "-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
