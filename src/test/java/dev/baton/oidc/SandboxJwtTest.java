package dev.baton.oidc;

import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jwt} expectations and captures on the sandbox's ID tokens (ES256, signed by the key its JWKS publishes),
 * through the engine: the repository's OpenID Connect collection with a {@code jwt} block on its token step.
 */
class SandboxJwtTest {

    private static final Path COLLECTION = TestFiles.repositoryFile("collections/openid-connect.yaml");
    private static final String STEP = "Exchange the code for tokens";

    @TempDir
    Path dir;

    private EngineExecutionResults run(String jwt, String... switches) throws IOException {
        Path file = dir.resolve("jwt.yaml");
        Files.writeString(file, Files.readString(COLLECTION).replace("""
                    capture:
                      accessToken: {json: $.access_token}
                """, """
                    capture:
                      accessToken: {json: $.access_token}
                      subject: {jwt: {$.id_token: {claims: $.sub}}}
                """).replace("""
                      json:
                        $.id_token: {exists: true}
                """, """
                      json:
                        $.id_token: {exists: true}
                      jwt:
                        $.id_token:
                %s
                """.formatted(jwt.indent(10).stripTrailing())) + """
                  - name: Subject captured
                    request: {url: <<oidc.userinfo_endpoint>>, bearer: <<accessToken>>}
                    expect: {json: {$.sub: <<subject>>}}
                """);
        return EngineRun.engine().env(TestFiles.sandboxEnvironment(dir, switches)).executeFiles(file);
    }

    @Test
    void claimsHeaderAndSignatureOfTheSandboxsIdTokenHoldAndAClaimIsCaptured() throws IOException {
        EngineExecutionResults results = run("""
                header: {$.alg: ES256, $.kid: {exists: true}}
                claims: {$.sub: sbxU5erTh3M0ckUs3r00001, $.aud: {contains: <<publicClientId>>}, $.exp: {gt: 0}}
                signature: valid""");

        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0));
    }

    @Test
    void aClaimThatDoesNotMatchFailsTheStepNamingIt() throws IOException {
        EngineExecutionResults results = run("claims: {$.email: {endsWith: '@elsewhere.test'}}");

        String failure = throwableOf(results, STEP).getMessage();
        assertTrue(failure.contains("jwt $.id_token claims $.email: expected endsWith \"@elsewhere.test\" but was"),
                failure);
        assertFalse(failure.contains("eyJ"), failure);
    }

    @Test
    void aTamperedSignatureFailsTheJwtSignatureToo() throws IOException {
        EngineExecutionResults results = run("signature: valid", "id-token-tampered");

        String failure = throwableOf(results, STEP).getMessage();
        assertTrue(failure.contains("jwt $.id_token signature: does not verify against the issuer's key for ES256"),
                failure);
        assertFalse(failure.contains("eyJ"), failure);
    }

    @Test
    void anUnsignedTokenIsRefused() throws IOException {
        EngineExecutionResults results = run("signature: valid", "id-token-alg-none");

        String failure = throwableOf(results, STEP).getMessage();
        assertTrue(failure.contains("jwt $.id_token signature: expected an asymmetric signature, found 'none'"),
                failure);
    }
}
