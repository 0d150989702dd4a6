package dev.baton.oidc;

import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token revocation (RFC 7009) and introspection (RFC 7662) as {@code oauth: revoke} and {@code oauth: introspect}
 * steps against the embedded sandbox: after the refresh token is revoked, introspection says the access token of its
 * grant is {@code active: false}; without the revocation the same expectation fails; a revocation that is refused
 * fails the step by itself.
 */
class SandboxRevocationTest {

    private static final Path COLLECTION = TestFiles.repositoryFile("collections/revoke-and-introspect.yaml");

    @TempDir
    Path dir;

    private EngineExecutionResults run(Path collection) {
        return EngineRun.engine().env(TestFiles.sandboxEnvironment(dir)).executeFiles(collection);
    }

    @Test
    void afterRevocationIntrospectionSaysTheTokenIsNotActive() {
        EngineExecutionResults results = run(COLLECTION);

        results.testEvents().assertStatistics(s -> s.started(6).succeeded(6).failed(0));
    }

    @Test
    void withoutTheRevocationTheTokenIsStillActiveAndTheExpectationFails() throws IOException {
        String text = Files.readString(COLLECTION);
        int from = text.indexOf("  - name: Revoke the refresh token");
        int to = text.indexOf("  - name: The access token is no longer active");
        Path unrevoked = Files.writeString(dir.resolve("unrevoked.yaml"), text.substring(0, from) + text.substring(to));

        EngineExecutionResults results = run(unrevoked);

        String failure = EngineRun.throwableOf(results, "The access token is no longer active").getMessage();
        assertTrue(failure.contains("$.active"), failure);
        assertEquals("FAILED", EngineRun.statusOf(results, "The API refuses it"));
    }

    @Test
    void aRevocationTheServerRefusesFailsTheStep() throws IOException {
        Path other = Files.writeString(dir.resolve("other.yaml"), Files.readString(COLLECTION).replace(
                "form: {token: <<refreshToken>>, token_type_hint: refresh_token, client_id: <<publicClientId>>}",
                "form: {token: <<refreshToken>>}\n      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}"));

        EngineExecutionResults results = run(other);

        String failure = EngineRun.throwableOf(results, "Revoke the refresh token and the grant with it")
                .getMessage();
        assertTrue(failure.contains("revocation: expected HTTP 200 (RFC 7009 \u00a72.2), got 400 invalid_request"),
                failure);
    }
}
