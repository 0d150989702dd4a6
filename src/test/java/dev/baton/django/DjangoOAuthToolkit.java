package dev.baton.django;

import dev.baton.testing.ServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Django OAuth Toolkit (Debian's {@code python3-django-oauth-toolkit}: Django 3.2 and the toolkit 1.7) as an
 * authorization server of its own: a copy of the small site in {@code src/test/django-oauth-toolkit} is made in a
 * temporary folder, its database migrated and given the tests' user and clients, and Django's server started on a
 * free port of 127.0.0.1 until {@link #close()}. Nothing of the site's pages is Baton's: the sign-in page is Django's
 * admin login, the consent page the toolkit's own.
 */
public final class DjangoOAuthToolkit implements AutoCloseable {

    /** The public client: no secret, PKCE required, consent asked every time. */
    static final String PUBLIC_CLIENT_ID = "baton-public-client";
    /** The user's password (from {@code batonsite/prepare.py}). */
    static final String PASSWORD = "baton-password-8";

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SITE = Path.of(System.getProperty("basedir", "."), "src", "test",
            "django-oauth-toolkit");
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern STARTED = Pattern.compile("Starting development server at (http://\\S+?)/?$");

    private final Path home;
    private final ServerProcess process;

    private DjangoOAuthToolkit(Path home, ServerProcess process) {
        this.home = home;
        this.process = process;
    }

    /** Prepares a fresh site and starts it. */
    public static DjangoOAuthToolkit start() {
        Path home;
        try {
            home = Files.createTempDirectory("baton-django-oauth-toolkit");
            copy(SITE.toAbsolutePath(), home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkInstalled(home);
        ServerProcess.run(home, List.of(PYTHON, "manage.py", "migrate", "--noinput"), SETUP_TIMEOUT);
        ServerProcess.run(home, List.of(PYTHON, "manage.py", "shell", "-c",
                "exec(open('batonsite/prepare.py').read())"), SETUP_TIMEOUT);
        ServerProcess process = ServerProcess.start(home, List.of(PYTHON, "-u", "manage.py", "runserver",
                "127.0.0.1:" + ServerProcess.freeLoopbackPort(), "--noreload"), STARTED, SETUP_TIMEOUT);
        return new DjangoOAuthToolkit(home, process);
    }

    /** The site's address, such as {@code http://127.0.0.1:41234}; the toolkit's endpoints are under {@code /o/}. */
    public String baseUrl() {
        return process.ready().group(1);
    }

    private static void checkInstalled(Path home) {
        try {
            ServerProcess.run(home, List.of(PYTHON, "-c", "import django, oauth2_provider"), SETUP_TIMEOUT);
        } catch (ServerProcess.ToolMissing | IllegalStateException e) {
            throw new IllegalStateException("the Django OAuth Toolkit tests need Debian's python3-django-oauth-toolkit "
                    + "for " + PYTHON + " (apt-get install python3-django-oauth-toolkit; .ci/run installs it): "
                    + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !f.toString().contains("__pycache__")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Override
    public void close() {
        process.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder the system cleans up
        }
    }
}
