package dev.baton.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Chromium and chromedriver are on this machine: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, or the files that {@code BATON_CHROMIUM} and {@code BATON_CHROMEDRIVER} (or the
 * system properties {@code baton.chromium} and {@code baton.chromedriver}) name. Nothing is ever downloaded.
 *
 * @param chromium     the browser
 * @param chromedriver the driver of the same version
 */
public record ChromiumInstall(Path chromium, Path chromedriver) {

    /** The command that installs both on Debian and Ubuntu. */
    public static final String INSTALL_COMMAND = "apt-get install chromium chromium-driver";

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The install that this process's environment and system properties point at, if both files are there. */
    public static Optional<ChromiumInstall> find() {
        try {
            return Optional.of(locate(System.getenv()));
        } catch (MissingBrowserException e) {
            return Optional.empty();
        }
    }

    /** The install the variables point at (else Debian's), or why there is none and how to get it. */
    static ChromiumInstall locate(Map<String, String> environment) throws MissingBrowserException {
        Path chromium = chosen(environment, "BATON_CHROMIUM", "baton.chromium", DEBIAN_CHROMIUM);
        Path chromedriver = chosen(environment, "BATON_CHROMEDRIVER", "baton.chromedriver", DEBIAN_CHROMEDRIVER);
        String missing = (Files.isExecutable(chromium) ? "" : "Chromium (" + chromium + ")")
                + (Files.isExecutable(chromium) || Files.isExecutable(chromedriver) ? "" : " and ")
                + (Files.isExecutable(chromedriver) ? "" : "chromedriver (" + chromedriver + ")");
        if (!missing.isEmpty()) {
            throw new MissingBrowserException("'browser: headless' needs " + missing.strip() + ", which is not "
                    + "installed; install both with '" + INSTALL_COMMAND + "' (as root), or point BATON_CHROMIUM "
                    + "and BATON_CHROMEDRIVER at a Chromium and its chromedriver; Baton never downloads a browser");
        }
        return new ChromiumInstall(chromium, chromedriver);
    }

    private static Path chosen(Map<String, String> environment, String variable, String property, Path fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    /** Chromium or chromedriver is not where Baton looks. */
    static final class MissingBrowserException extends Exception {
        MissingBrowserException(String message) {
            super(message);
        }
    }
}
