package dev.baton.report;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium screenshot of an HTML page, taken by {@code report/screenshot.sh} when Chromium is installed
 * ({@code /usr/bin/chromium}, or the {@code CHROMIUM} environment variable).
 */
final class Screenshot {

    private Screenshot() {
    }

    /** The PNG's bytes, or empty when there is no Chromium; an {@link AssertionError} when Chromium fails. */
    static Optional<byte[]> of(Path html, Path png) throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            return Optional.empty();
        }
        Path log = png.resolveSibling(png.getFileName() + ".log");
        Process process = new ProcessBuilder("sh", script().toString(), html.toAbsolutePath().toString(),
                png.toAbsolutePath().toString(), "1280,2000").redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium took more than 90 s");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(png)) {
            throw new AssertionError("no screenshot (exit " + process.exitValue() + "): " + Files.readString(log));
        }
        return Optional.of(Files.readAllBytes(png));
    }

    private static Path script() throws URISyntaxException {
        URL script = Screenshot.class.getResource("/report/screenshot.sh");
        if (script == null) {
            throw new AssertionError("report/screenshot.sh is not on the test class path");
        }
        return Path.of(script.toURI());
    }
}
