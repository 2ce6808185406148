package io.tandem.analytics.report;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless: loads a page and answers the DOM it built and the console lines it
 * logged. Without chromium the calling test is skipped locally and fails under CI (.ci/run installs it).
 */
final class HeadlessChromium {

    record Rendered(String dom, List<String> console) {
    }

    private HeadlessChromium() {
    }

    static Rendered render(Path page) throws IOException, InterruptedException {
        String binary = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().orElse(null);
        if (binary == null) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("chromium is missing: .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("chromium is not installed here (apt-get install chromium)");
        }
        Path dom = Files.createTempFile("dom", ".html");
        Path log = Files.createTempFile("chromium", ".log");
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not finish rendering " + page);
        }
        List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList();
        return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), console);
    }
}
