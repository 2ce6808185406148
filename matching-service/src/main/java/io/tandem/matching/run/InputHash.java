package io.tandem.matching.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a run's inputs, written field by field in a fixed order so equal inputs hash equally. */
final class InputHash {

    private final MessageDigest digest;

    InputHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    InputHash add(Object value) {
        digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
