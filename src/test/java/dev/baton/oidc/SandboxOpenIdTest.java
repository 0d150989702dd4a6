package dev.baton.oidc;

import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.baton.testing.EngineRun.statusOf;
import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's OpenID Connect collection, which names only the issuer, against the embedded sandbox: discovery,
 * nonce, ID token validated, userinfo {@code sub} compared; and each ID token fault of the sandbox caught with the
 * claim named.
 */
class SandboxOpenIdTest {

    private static final Path COLLECTION = TestFiles.repositoryFile("collections/openid-connect.yaml");
    private static final String PINNED_NONCE = "pinned-nonce-0123456789abcdef";

    @TempDir
    Path dir;

    private Path environment(String... switches) {
        return TestFiles.sandboxEnvironment(dir, switches);
    }

    private EngineExecutionResults run(String... switches) throws IOException {
        return EngineRun.engine().env(environment(switches)).var("oidc.nonce", PINNED_NONCE)
                .executeFiles(COLLECTION);
    }

    @Test
    void aCollectionNamingOnlyTheIssuerSignsInAndItsIdTokenValidates() throws IOException {
        EngineExecutionResults results = run();

        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        results.containerEvents().assertStatistics(s -> s.failed(0));
    }

    @ParameterizedTest
    @CsvSource({
            "id-token-tampered,    id_token signature: does not verify",
            "id-token-wrong-aud,   found [another-client] (OpenID Connect Core",
            "id-token-expired,     id_token exp: expected after",
            "id-token-wrong-nonce, id_token nonce: expected the nonce the authorization request sent, found another",
            "id-token-alg-none,    id_token alg: expected an asymmetric signature, found 'none'",
            "id-token-hmac,        id_token alg: expected an asymmetric signature, found 'HS256'"})
    void eachIdTokenFaultFailsTheTokenStepWithTheClaimNamed(String fault, String message) throws IOException {
        EngineExecutionResults results = run(fault);

        assertEquals("SUCCESSFUL", statusOf(results, "Authorize"));
        String failure = throwableOf(results, "Exchange the code for tokens").getMessage();
        assertTrue(failure.contains(message), failure);
        assertTrue(failure.startsWith("id_token "), failure);
        assertFalse(failure.contains(PINNED_NONCE), failure);
        assertFalse(failure.contains("eyJ"), "no part of a JWT is shown: " + failure);
    }

    @Test
    void aKeyRotatedAfterTheJwksWasReadIsFoundByReadingItAgain() throws IOException {
        String once = Files.readString(COLLECTION);
        String steps = once.substring(once.indexOf("steps:\n") + "steps:\n".length());
        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, once + steps.replace("- name: ", "- name: Again, "));

        EngineExecutionResults results = EngineRun.engine().env(environment("rotated-signing-key"))
                .executeFiles(twice);

        results.testEvents().assertStatistics(s -> s.started(6).succeeded(6).failed(0));
    }

    @Test
    void aUserinfoResponseAboutSomeoneElseFails() throws IOException {
        EngineExecutionResults results = run("userinfo-other-sub");

        assertEquals("SUCCESSFUL", statusOf(results, "Exchange the code for tokens"));
        String failure = throwableOf(results, "Who signed in").getMessage();
        assertTrue(failure.contains("userinfo sub: expected 'sbxU5erTh3M0ckUs3r00001', the ID token's, found "
                + "'sbxAn0therUs3r00000002'"), failure);
    }

    @Test
    void metadataNamingAnotherIssuerIsNotUsed() throws IOException {
        Path env = environment();
        Files.writeString(env, Files.readString(env).replace("issuer: <<sandbox.url>>", "issuer: <<sandbox.url>>/"));

        EngineExecutionResults results = EngineRun.engine().env(env).executeFiles(COLLECTION);

        String failure = results.containerEvents().failed().stream().map(e -> e.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                .getMessage()).findFirst().orElseThrow();
        assertTrue(failure.startsWith("the metadata at ") && failure.contains("names the issuer")
                && failure.contains("its endpoints are not used") && failure.contains("--> ")
                && failure.contains("openid-connect.yaml:10:3"), failure);
    }

    /** The repository's collection with the JWT client, authenticating its token request with an assertion. */
    private Path withClientAssertion(String clientAuth, String credential) throws IOException {
        Path file = dir.resolve("assertion.yaml");
        Files.writeString(file, Files.readString(COLLECTION)
                .replace("type: openid-connect", "type: openid-connect\n  clientId: <<jwtClientId>>\n  clientAuth: "
                        + clientAuth + "\n  " + credential)
                .replace("client_id: <<publicClientId>>\n        redirect_uri", "client_id: <<jwtClientId>>\n"
                        + "        redirect_uri")
                .replace("        client_id: <<publicClientId>>\n", ""));
        return file;
    }

    @ParameterizedTest
    @CsvSource({"client_secret_jwt, clientSecret: <<jwtClientSecret>>", "private_key_jwt, clientKey: <<jwtClientKey>>"})
    void theTokenRequestAuthenticatesWithAClientAssertion(String clientAuth, String credential) throws IOException {
        EngineExecutionResults results = EngineRun.engine().env(environment())
                .executeFiles(withClientAssertion(clientAuth, credential));

        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
    }

    @ParameterizedTest
    @CsvSource({"client_secret_jwt, clientSecret: <<otherSecret>>", "private_key_jwt, clientKey: <<otherKey>>"})
    void anAssertionSignedWithAnotherKeyIsRefusedAndNotShown(String clientAuth, String credential)
            throws Exception {
        String otherKey = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .generate().toJSONString();
        EngineExecutionResults results = EngineRun.engine().env(environment())
                .var("otherSecret", "another-secret-of-thirty-two-bytes-or-more").var("otherKey", otherKey)
                .executeFiles(withClientAssertion(clientAuth, credential));

        String failure = throwableOf(results, "Exchange the code for tokens").getMessage();
        assertTrue(failure.contains("expected equals 200 but was 401"), failure);
        assertFalse(failure.contains("eyJ") || failure.contains("another-secret"), failure);
    }
}
