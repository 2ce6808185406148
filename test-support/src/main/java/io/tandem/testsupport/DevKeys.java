package io.tandem.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds deploy/local/dev-keys from wherever a module's tests run. */
public final class DevKeys {

    private DevKeys() {
    }

    public static Path privateKey() {
        return directory().resolve("private.pem");
    }

    public static Path repositoryRoot() {
        String configured = System.getProperty("tandem.repo.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/local/dev-keys"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find deploy/local/dev-keys above " + Path.of("").toAbsolutePath());
    }

    private static Path directory() {
        return repositoryRoot().resolve("deploy/local/dev-keys");
    }
}
