package dev.baton.browser;

import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A headless Chromium of its own for one sign-in, started through chromedriver with WebDriver BiDi on, in a fresh
 * profile that is deleted when it closes. Selenium Manager never runs: the driver and the browser are given by path.
 * Commands never wait for a page to load (Baton waits for pages itself), so that no command is held up by a
 * navigation that the redirect catcher holds. The flags keep Chromium off the network except for the pages it is
 * sent to (no background requests, component updates, sync or QUIC) and let it run as root (no sandbox).
 */
final class HeadlessChromium implements AutoCloseable {

    /** Selenium's loggers, held so that their level stays set: Baton reports what went wrong itself. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    /**
     * How long a script may wait for the page: a script run while the catcher holds a navigation waits for it, so it
     * is given up soon and run again.
     */
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(2);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium; {@code userAgent} replaces its own when not {@code null}. */
    static HeadlessChromium start(ChromiumInstall install, String userAgent, Duration pageLoad) throws IOException {
        SELENIUM_LOG.setLevel(Level.OFF);
        Path profile = Files.createTempDirectory("baton-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(install.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        options.setExperimentalOption("prefs", Map.of("net.network_prediction_options", 2));
        options.enableBiDi();
        options.setPageLoadTimeout(pageLoad);
        options.setScriptTimeout(COMMAND_WAIT);
        options.setPageLoadStrategy(PageLoadStrategy.NONE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(install.chromedriver().toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (WebDriverException e) {
            delete(profile);
            service.stop();
            throw new IOException("Chromium did not start (" + install.chromium() + " with "
                    + install.chromedriver() + "): " + firstLine(e.getMessage()), e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException ignored) {
            // the browser is gone already; its profile is still deleted
        } finally {
            delete(profile);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a profile left in the temporary folder holds nothing of the user's
        }
    }
}
