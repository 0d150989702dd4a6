package dev.baton.oidc;

import dev.baton.testing.ServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs panva/oidc-provider from {@code src/test/oidc-provider} for a test: installs its packages with {@code npm ci}
 * when {@code node_modules} is missing or older than the lockfile, starts {@code node server.mjs} on a free loopback
 * port, reads the issuer URL it prints, and stops the process on {@link #close()}. Fails with a message naming what
 * is missing when Node.js or npm is not installed.
 */
public final class OidcProviderServer implements AutoCloseable {

    /** The public client: {@code token_endpoint_auth_method none}, PKCE (S256) required. */
    public static final String PUBLIC_CLIENT_ID = "baton-public-client";
    /** A confidential client allowed the client_credentials grant only (HTTP Basic). */
    public static final String CONFIDENTIAL_CLIENT_ID = "baton-confidential-client";
    /** The secret of {@link #CONFIDENTIAL_CLIENT_ID}. */
    public static final String CONFIDENTIAL_CLIENT_SECRET = "baton-confidential-secret-0123456789";
    /** A confidential client of the authorization-code grant that authenticates with HTTP Basic. */
    public static final String WEB_CLIENT_ID = "baton-web-client";
    /** The secret of {@link #WEB_CLIENT_ID}, with the characters RFC 6749 §2.3.1's form-encoding is for. */
    public static final String WEB_CLIENT_SECRET = "baton-web-secret+/%=&-0123456789";
    /** A public client allowed the device authorization grant (RFC 8628) only. */
    public static final String DEVICE_CLIENT_ID = "baton-device-client";
    /** A confidential client that authenticates with {@code private_key_jwt}, by the key of environments/local.yaml. */
    public static final String JWT_CLIENT_ID = "baton-jwt-client";
    /** A redirect URI registered for the public client. */
    public static final String REDIRECT_URI = "https://baton.test/oauth/callback";
    /** A second redirect URI registered for the public client. */
    public static final String OTHER_REDIRECT_URI = "https://baton.test/oauth/other-callback";

    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test", "oidc-provider");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ISSUER = Pattern.compile("^(http://127\\.0\\.0\\.1:\\d+)$");
    private static final Pattern NODE_VERSION = Pattern.compile("^v(\\d+)\\.");
    private static final int MIN_NODE_MAJOR = 20;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private final ServerProcess process;
    private final String issuer;
    private final Duration installTime;
    private final Duration startTime;

    private OidcProviderServer(ServerProcess process, String issuer, Duration installTime, Duration startTime) {
        this.process = process;
        this.issuer = issuer;
        this.installTime = installTime;
        this.startTime = startTime;
    }

    /** Installs the packages when needed and starts the provider on a free port of 127.0.0.1. */
    public static OidcProviderServer start() {
        Path folder = FOLDER.toAbsolutePath();
        checkNode(folder);
        long installStart = System.nanoTime();
        install(folder);
        Duration installTime = Duration.ofNanos(System.nanoTime() - installStart);
        ServerProcess process = ServerProcess.start(folder, List.of(command("node"), "server.mjs", "0",
                "--exit-on-stdin-close"), ISSUER, START_TIMEOUT);
        return new OidcProviderServer(process, process.ready().group(1), installTime, process.startTime());
    }

    /** The issuer URL, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String issuer() {
        return issuer;
    }

    /** The authorization endpoint. */
    public String authorizationEndpoint() {
        return issuer + "/auth";
    }

    /** The token endpoint. */
    public String tokenEndpoint() {
        return issuer + "/token";
    }

    /** How long the {@code npm ci} check and install took (close to zero when nothing had to be installed). */
    public Duration installTime() {
        return installTime;
    }

    /** How long {@code node server.mjs} took to print its issuer. */
    public Duration startTime() {
        return startTime;
    }

    /** Stops the process and waits for it: no orphan is left behind. */
    @Override
    public void close() {
        process.close();
    }

    private static void checkNode(Path folder) {
        String version;
        try {
            version = run(folder, List.of(command("node"), "--version"), Duration.ofSeconds(30)).trim();
            run(folder, List.of(command("npm"), "--version"), Duration.ofSeconds(60));
        } catch (ServerProcess.ToolMissing e) {
            throw new IllegalStateException("the oidc-provider tests need Node.js " + MIN_NODE_MAJOR
                    + " or later and npm on the PATH, but '" + e.getMessage() + "' cannot be run. Install them "
                    + "(Debian: apt-get install nodejs npm) and run the build again.", e.getCause());
        }
        Matcher matcher = NODE_VERSION.matcher(version);
        if (!matcher.find() || Integer.parseInt(matcher.group(1)) < MIN_NODE_MAJOR) {
            throw new IllegalStateException("the oidc-provider tests need Node.js " + MIN_NODE_MAJOR
                    + " or later; 'node --version' says " + version);
        }
    }

    private static void install(Path folder) {
        Path lockFile = folder.resolve("package-lock.json");
        if (!Files.isRegularFile(lockFile)) {
            throw new IllegalStateException("no package-lock.json in " + folder);
        }
        synchronized (OidcProviderServer.class) {
            try (FileChannel channel = FileChannel.open(installLock(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    if (!upToDate(folder, lockFile)) {
                        run(folder, List.of(command("npm"), "ci", "--no-audit", "--no-fund", "--loglevel=error"),
                                INSTALL_TIMEOUT);
                    }
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install the oidc-provider packages in " + folder, e);
            } catch (ServerProcess.ToolMissing e) {
                throw new IllegalStateException("npm cannot be run: " + e.getMessage(), e.getCause());
            }
        }
    }

    private static Path installLock() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
        Files.createDirectories(target);
        return target.resolve("oidc-provider-npm-ci.lock");
    }

    /** npm writes {@code node_modules/.package-lock.json} at the end of every install. */
    private static boolean upToDate(Path folder, Path lockFile) throws IOException {
        Path installed = folder.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.isRegularFile(installed)
                || !Files.isRegularFile(folder.resolve("node_modules/oidc-provider/package.json"))) {
            return false;
        }
        FileTime installedAt = Files.getLastModifiedTime(installed);
        return installedAt.compareTo(Files.getLastModifiedTime(lockFile)) >= 0;
    }

    private static String run(Path folder, List<String> command, Duration timeout) {
        return ServerProcess.run(folder, command, timeout);
    }

    private static String command(String name) {
        return WINDOWS && name.equals("npm") ? "npm.cmd" : name;
    }
}
