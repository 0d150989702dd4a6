package dev.baton.oidc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** A redirect URI registered for the public client. */
    public static final String REDIRECT_URI = "https://baton.test/oauth/callback";
    /** A second redirect URI registered for the public client. */
    public static final String OTHER_REDIRECT_URI = "https://baton.test/oauth/other-callback";

    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test", "oidc-provider");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ISSUER = Pattern.compile("^(http://127\\.0\\.0\\.1:\\d+)$");
    private static final Pattern NODE_VERSION = Pattern.compile("^v(\\d+)\\.");
    private static final int MIN_NODE_MAJOR = 20;
    private static final int TAIL_LINES = 40;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private final Process process;
    private final String issuer;
    private final Duration installTime;
    private final Duration startTime;

    private OidcProviderServer(Process process, String issuer, Duration installTime, Duration startTime) {
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
        long start = System.nanoTime();
        Process process = launch(folder, List.of(command("node"), "server.mjs", "0", "--exit-on-stdin-close"), false);
        Tail stderr = Tail.of(process.getErrorStream());
        try {
            String issuer = awaitIssuer(process, stderr);
            return new OidcProviderServer(process, issuer, installTime, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
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
        stop(process);
    }

    private static void checkNode(Path folder) {
        String version;
        try {
            version = run(folder, List.of(command("node"), "--version"), Duration.ofSeconds(30)).trim();
            run(folder, List.of(command("npm"), "--version"), Duration.ofSeconds(60));
        } catch (ToolMissing e) {
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
            } catch (ToolMissing e) {
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
        Process process = launch(folder, command, true);
        CompletableFuture<String> output = readAll(process.getInputStream());
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new IllegalStateException("'" + String.join(" ", command) + "' in " + folder
                        + " did not finish within " + timeout.toSeconds() + " s");
            }
            String text = output.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' in " + folder + " failed with "
                        + "exit code " + process.exitValue() + ":\n" + lastLines(text));
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } catch (IOException | ExecutionException | TimeoutException e) {
            stop(process);
            throw new IllegalStateException("cannot read the output of " + command.get(0), e);
        }
    }

    private static Process launch(Path folder, List<String> command, boolean mergeErrors) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(mergeErrors);
        builder.environment().put("NO_COLOR", "1");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ToolMissing(command.get(0), e);
        }
    }

    private static String awaitIssuer(Process process, Tail stderr) {
        CompletableFuture<String> issuer = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    Matcher matcher = ISSUER.matcher(line.trim());
                    if (matcher.matches()) {
                        issuer.complete(matcher.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
            issuer.complete(null);
        }, "oidc-provider-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            String found = issuer.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (found == null) {
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("oidc-provider exited before printing its issuer"
                        + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")") + ":\n"
                        + stderr.text());
            }
            return found;
        } catch (TimeoutException e) {
            throw new IllegalStateException("oidc-provider printed no issuer within " + START_TIMEOUT.toSeconds()
                    + " s:\n" + stderr.text(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting oidc-provider", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the output of oidc-provider", e);
        }
    }

    private static CompletableFuture<String> readAll(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (in) {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "oidc-provider-tool-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String command(String name) {
        return WINDOWS && name.equals("npm") ? "npm.cmd" : name;
    }

    private static String lastLines(String text) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - TAIL_LINES);
        return String.join("\n", List.of(lines).subList(from, lines.length));
    }

    /** A program that cannot be started at all, as when it is not installed. */
    private static final class ToolMissing extends RuntimeException {
        ToolMissing(String tool, IOException cause) {
            super(tool, cause);
        }
    }

    /** The last lines a stream printed, read on a daemon thread. */
    private static final class Tail {
        private final Deque<String> lines = new ArrayDeque<>();

        static Tail of(InputStream in) {
            Tail tail = new Tail();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        tail.add(line);
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            }, "oidc-provider-stderr");
            reader.setDaemon(true);
            reader.start();
            return tail;
        }

        private synchronized void add(String line) {
            if (lines.size() == TAIL_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        synchronized String text() {
            return lines.isEmpty() ? "(nothing on stderr)" : String.join("\n", lines);
        }
    }
}
