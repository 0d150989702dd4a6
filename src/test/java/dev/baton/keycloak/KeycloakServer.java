package dev.baton.keycloak;

import dev.baton.testing.ServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Keycloak (the Quarkus distribution from Maven Central, unpacked by {@code src/test/keycloak/pom.xml}) in
 * development mode with the realm of {@code baton-realm.json} imported at start, on a free port of 127.0.0.1, with a
 * fresh database each time; stops it on {@link #close()}.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The public client: PKCE (S256) and consent required. */
    public static final String PUBLIC_CLIENT_ID = "baton-public-client";
    /** A confidential client, consent required. */
    public static final String CONFIDENTIAL_CLIENT_ID = "baton-confidential-client";
    /** The user's password. */
    public static final String PASSWORD = "baton-password-7";

    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test", "keycloak");
    private static final String VERSION = "24.0.5";
    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern STARTED = Pattern.compile("Keycloak \\S+ on JVM .* started in ([0-9.]+)s");

    private final ServerProcess process;
    private final String issuer;

    private KeycloakServer(ServerProcess process, String issuer) {
        this.process = process;
        this.issuer = issuer;
    }

    /** Unpacks Keycloak when needed and starts it. */
    public static KeycloakServer start() {
        Path folder = FOLDER.toAbsolutePath().normalize();
        Path home = unpack(folder);
        try {
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(folder.resolve("baton-realm.json"), home.resolve("data/import/baton-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak's data folder in " + home, e);
        }
        int port = ServerProcess.freeLoopbackPort();
        ServerProcess process = ServerProcess.start(home, List.of("bin/kc.sh", "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--cache=local"), STARTED,
                START_TIMEOUT, java -> java.put("JAVA_HOME", System.getProperty("java.home")));
        return new KeycloakServer(process, "http://127.0.0.1:" + port + "/realms/baton");
    }

    /** The realm's issuer, such as {@code http://127.0.0.1:41234/realms/baton}. */
    public String issuer() {
        return issuer;
    }

    /** How long Keycloak took to start, its build of the configuration included. */
    public Duration startTime() {
        return process.startTime();
    }

    @Override
    public void close() {
        process.close();
    }

    private static Path unpack(Path folder) {
        Path home = folder.resolve("target").resolve("keycloak-" + VERSION);
        ServerProcess.buildWithMaven(folder, "Keycloak", () -> Files.isExecutable(home.resolve("bin/kc.sh")),
                UNPACK_TIMEOUT);
        return home;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
