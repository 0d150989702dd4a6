package dev.baton.spring;

import dev.baton.testing.ServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Spring Authorization Server (Spring Boot 3.5, its own login and consent pages) from
 * {@code src/test/spring-authorization-server} as a process of its own, so that Spring's libraries never meet
 * Baton's: builds the project with Maven when its jar is missing or older than its sources, starts it on a free
 * port of 127.0.0.1, and stops it on {@link #close()}.
 */
public final class SpringAuthorizationServer implements AutoCloseable {

    /** The public client: no secret, PKCE and consent required. */
    public static final String PUBLIC_CLIENT_ID = "baton-public-client";
    /** A confidential client (HTTP Basic), consent required. */
    public static final String CONFIDENTIAL_CLIENT_ID = "baton-confidential-client";
    /** Its secret. */
    public static final String CONFIDENTIAL_CLIENT_SECRET = "baton-confidential-secret-0123456789";
    /** The redirect URI of both clients. */
    public static final String REDIRECT_URI = "https://baton.test/oauth/callback";
    /** The user. */
    public static final String USER = "baton-user";
    /** The user's password. */
    public static final String PASSWORD = "baton-password-7";

    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test",
            "spring-authorization-server");
    private static final Path JAR = Path.of("target", "spring-authorization-server.jar");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final ServerProcess process;
    private final String issuer;
    private final Duration buildTime;

    private SpringAuthorizationServer(ServerProcess process, String issuer, Duration buildTime) {
        this.process = process;
        this.issuer = issuer;
        this.buildTime = buildTime;
    }

    /** Builds the server when needed and starts it. */
    public static SpringAuthorizationServer start() {
        Path folder = FOLDER.toAbsolutePath();
        long buildStart = System.nanoTime();
        build(folder);
        Duration buildTime = Duration.ofNanos(System.nanoTime() - buildStart);
        int port = ServerProcess.freeLoopbackPort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ServerProcess process = ServerProcess.start(folder, List.of(java, "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-XX:+UseSerialGC", "-jar", JAR.toString(), "--server.port=" + port), STARTED, START_TIMEOUT);
        return new SpringAuthorizationServer(process, "http://127.0.0.1:" + port, buildTime);
    }

    /** The issuer, such as {@code http://127.0.0.1:41234}. */
    public String issuer() {
        return issuer;
    }

    /** How long the build check (and build, when one was needed) took. */
    public Duration buildTime() {
        return buildTime;
    }

    /** How long the server took to start. */
    public Duration startTime() {
        return process.startTime();
    }

    @Override
    public void close() {
        process.close();
    }

    private static void build(Path folder) {
        ServerProcess.buildWithMaven(folder, "Spring Authorization Server", () -> upToDate(folder), BUILD_TIMEOUT,
                "-DskipTests");
    }

    private static boolean upToDate(Path folder) {
        Path jar = folder.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (Stream<Path> sources = Stream.concat(Stream.of(folder.resolve("pom.xml")),
                Files.walk(folder.resolve("src")))) {
            FileTime built = Files.getLastModifiedTime(jar);
            return sources.filter(Files::isRegularFile).allMatch(source -> {
                try {
                    return Files.getLastModifiedTime(source).compareTo(built) <= 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }
}
