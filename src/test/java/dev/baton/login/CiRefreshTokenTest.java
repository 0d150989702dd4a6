package dev.baton.login;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.testing.AllOutputs;
import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI workflow of docs/pkce.md against the sandbox, which rotates refresh tokens: a stored refresh token passed in
 * through a variable, the rotated one written to the file the collection names (0600, never printed) and stored back
 * for the next run, and a refused refresh token failing with the steps to sign in again.
 */
class CiRefreshTokenTest {

    private static final String API = """
            name: The API with a stored sign-in
            auth:
              type: login
              tokenUrl: <<zoomBaseUrl>>/oauth/token
              clientId: <<clientId>>
              clientSecret: <<clientSecret>>
              refreshToken: <<ciRefreshToken>>
              saveRefreshToken: <<rotatedFile>>
            steps:
              - name: Me
                request: {url: <<zoomBaseUrl>>/v2/users/me}
                expect: {status: 200}
            """;

    private OAuthSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aStoredRefreshTokenIsUsedAndTheRotatedOneStoredBack(@TempDir Path dir) throws IOException {
        Path environment = environment(dir);
        String first = signInOnce(dir, environment);
        Path rotated = dir.resolve("ci/rotated-refresh-token");
        Path collection = TestFiles.write(dir, "api.yaml", API);

        AllOutputs.Result run = AllOutputs.of(dir, collection.toString(), "--env", environment.toString(),
                "--secret", "ciRefreshToken=" + first, "--var", "rotatedFile=" + rotated);
        assertEquals(0, run.run().exitCode(), run.run()::toString);
        String second = Files.readString(rotated).strip();
        assertNotEquals(first, second, "the sandbox rotates refresh tokens");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(rotated)));
        assertEquals(List.of(), run.holding(second), "the rotated refresh token was written out");
        assertTrue(run.all().contains("the server rotated the refresh token; the new one is in " + rotated),
                run::all);

        CliRun next = CliRun.of("run", collection.toString(), "--env", environment.toString(),
                "--secret", "ciRefreshToken=" + second, "--var", "rotatedFile=" + rotated);
        assertEquals(0, next.exitCode(), next::toString);
        assertNotEquals(second, Files.readString(rotated).strip());
    }

    @Test
    void aRefusedRefreshTokenFailsWithTheStepsToSignInAgain(@TempDir Path dir) throws IOException {
        Path environment = environment(dir);
        String first = signInOnce(dir, environment);
        Path collection = TestFiles.write(dir, "api.yaml", API);
        Path rotated = dir.resolve("rotated");
        assertEquals(0, CliRun.of("run", collection.toString(), "--env", environment.toString(), "--secret",
                "ciRefreshToken=" + first, "--var", "rotatedFile=" + rotated).exitCode());

        CliRun stale = CliRun.of("run", collection.toString(), "--env", environment.toString(),
                "--secret", "ciRefreshToken=" + first, "--var", "rotatedFile=" + rotated);
        assertEquals(1, stale.exitCode(), stale::toString);
        assertTrue(stale.out().contains("refused the refresh token given by refreshToken"), stale::toString);
        assertTrue(stale.out().contains("baton auth login --env"), stale::toString);
        assertTrue(!stale.all().contains(first), stale::toString);
    }

    @Test
    void saveRefreshTokenWithoutARefreshTokenIsABadInput(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "bad.yaml", """
                name: Bad
                auth: {type: login, tokenUrl: "http://127.0.0.1:1/token", clientId: c, saveRefreshToken: out}
                steps:
                  - name: Me
                    request: {url: "http://127.0.0.1:1/me"}
                """);
        CliRun run = CliRun.of("validate", collection.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.all().contains("bad.yaml:2:"), run::toString);
        assertTrue(run.all().contains("'saveRefreshToken' goes with 'refreshToken'"), run::toString);
    }

    private Path environment(Path dir) throws IOException {
        String local = Files.readString(TestFiles.repositoryFile("environments/local.yaml"));
        return TestFiles.write(dir, "external.yaml", local.replace("sandbox: embedded\n", "")
                .replace("<<sandbox.url>>", sandbox.baseUrl()));
    }

    /** Signs in through the sandbox once, as 'baton auth login' would, and returns the refresh token. */
    private static String signInOnce(Path dir, Path environment) throws IOException {
        String zoom = Files.readString(TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml"));
        Path firstTwo = TestFiles.write(dir, "sign-in.yaml", zoom.substring(0, zoom.indexOf("  - name: Call the API")));
        Path exported = dir.resolve("exported.yaml");
        CliRun run = CliRun.of("run", firstTwo.toString(), "--env", environment.toString(), "--export-env",
                exported.toString(), "--export-secrets");
        assertEquals(0, run.exitCode(), run::toString);
        Map<?, ?> vars = (Map<?, ?>) ((Map<?, ?>) new org.yaml.snakeyaml.Yaml().load(Files.readString(exported)))
                .get("vars");
        Object token = vars.get("refreshToken");
        String value = token instanceof Map<?, ?> secret ? String.valueOf(secret.get("value")) : String.valueOf(token);
        assertTrue(value.length() > 8, () -> read(exported));
        return value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
