package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.List;

import static dev.baton.testing.EngineRun.skipReason;
import static dev.baton.testing.EngineRun.statusOf;
import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OAuth 2.0 authorization-code flow with PKCE, through the engine, against the embedded sandbox. */
class EnginePkceFlowTest {

    @TempDir
    Path dir;

    private static final List<String> REPOSITORY_STEPS = List.of("Authorize", "Exchange the code for tokens",
            "Call the API as the signed-in user", "Refresh the access token");

    private static EngineRun sandbox() {
        return EngineRun.engine().env(TestFiles.repositoryFile("environments/local.yaml"));
    }

    /** A collection with an authorize step (query and expect given) and a token step that uses its code. */
    private static String flow(String authorizeQueryExtra, String authorizeExpect) {
        return """
                name: Tampering
                auth:
                  type: oauth2-pkce
                  method: S256
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query:
                        response_type: code
                        client_id: <<clientId>>
                        redirect_uri: <<redirectUri>>
                %s
                    login:
                      fields:
                        email: <<zoomUser>>
                        password: <<zoomPassword>>
                %s
                  - name: Exchange
                    oauth: token
                    request:
                      method: POST
                      url: <<zoomBaseUrl>>/oauth/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                      form:
                        grant_type: authorization_code
                        code: <<oauth.code>>
                        redirect_uri: <<redirectUri>>
                    expect:
                      status: 200
                """.formatted(authorizeQueryExtra, authorizeExpect);
    }

    @Test
    void theRepositoryCollectionPassesAgainstTheEmbeddedSandbox() {
        EngineExecutionResults results = sandbox()
                .executeFiles(TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml"));

        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0).skipped(0).aborted(0));
        assertEquals(REPOSITORY_STEPS, results.testEvents().finished().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).toList());
        results.containerEvents().assertStatistics(s -> s.failed(0));
    }

    @Test
    void theRepositoryCollectionPassesWithTheDefaultEnvironmentFromTheWorkingDirectory() {
        EngineExecutionResults results = EngineRun.engine()
                .executeFiles(TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml"));
        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0));
    }

    @Test
    void aTamperedStateIsCaughtAndTheStepPassesWhenItExpectsAMismatch() {
        Path collection = TestFiles.write(dir, "tampered.yaml", flow(
                "        state: tampered-state-value",
                "    expect:\n      state: mismatch"));

        EngineExecutionResults results = sandbox().executeFiles(collection);

        assertEquals("SUCCESSFUL", statusOf(results, "Authorize"), () -> results.allEvents().list().toString());
        assertEquals("SUCCESSFUL", statusOf(results, "Exchange"), "the code still came back and is valid");
    }

    @Test
    void aTamperedStateFailsTheStepWhenItDoesNotExpectAMismatch() {
        Path collection = TestFiles.write(dir, "tampered.yaml", flow(
                "        state: tampered-state-value", ""));

        EngineExecutionResults results = sandbox().executeFiles(collection);

        Throwable failure = throwableOf(results, "Authorize");
        assertInstanceOf(AssertionError.class, failure);
        assertTrue(failure.getMessage().startsWith("state:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("different state"), failure.getMessage());
        String reason = skipReason(results, "Exchange");
        assertTrue(reason.contains("<<oauth.code>>") && reason.contains("'Authorize'"), reason);
    }

    @Test
    void expectingAMismatchFailsWhenTheStateWasNotTamperedWith() {
        Path collection = TestFiles.write(dir, "untampered.yaml", flow("", "    expect:\n      state: mismatch"));

        EngineExecutionResults results = sandbox().executeFiles(collection);

        Throwable failure = throwableOf(results, "Authorize");
        assertInstanceOf(AssertionError.class, failure);
        assertTrue(failure.getMessage().contains("state"), failure.getMessage());
        assertTrue(failure.getMessage().contains("tampered"), failure.getMessage());
    }

    @Test
    void aWrongCodeVerifierGetsInvalidGrant() {
        Path collection = TestFiles.write(dir, "wrong-verifier.yaml", """
                name: Wrong verifier
                auth:
                  type: oauth2-pkce
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query:
                        response_type: code
                        client_id: <<clientId>>
                        redirect_uri: <<redirectUri>>
                    login:
                      fields:
                        email: <<zoomUser>>
                        password: <<zoomPassword>>
                  - name: Exchange with a wrong verifier
                    oauth: token
                    request:
                      method: POST
                      url: <<zoomBaseUrl>>/oauth/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                      form:
                        grant_type: authorization_code
                        code: <<oauth.code>>
                        redirect_uri: <<redirectUri>>
                        code_verifier: wrong-verifier-wrong-verifier-wrong-verifier-0123
                    expect:
                      status: 400
                      json:
                        $.error: invalid_grant
                """);

        EngineExecutionResults results = sandbox().executeFiles(collection);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    }

    @Test
    void aFailureMessageNeverShowsTheAccessTokenOrTheClientSecret() {
        Path collection = TestFiles.write(dir, "leaky.yaml", """
                name: Leaky
                auth:
                  type: oauth2-pkce
                steps:
                  - name: Authorize
                    oauth: authorize
                    request:
                      url: <<zoomBaseUrl>>/oauth/authorize
                      query:
                        response_type: code
                        client_id: <<clientId>>
                        redirect_uri: <<redirectUri>>
                    login:
                      fields:
                        email: <<zoomUser>>
                        password: <<zoomPassword>>
                  - name: Exchange
                    oauth: token
                    request:
                      method: POST
                      url: <<zoomBaseUrl>>/oauth/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                      form:
                        grant_type: authorization_code
                        code: <<oauth.code>>
                        redirect_uri: <<redirectUri>>
                    capture:
                      accessToken: {json: $.access_token}
                    expect:
                      json:
                        $.access_token: <<clientSecret>>
                """);

        EngineExecutionResults results = sandbox().executeFiles(collection);

        Throwable failure = throwableOf(results, "Exchange");
        assertInstanceOf(AssertionError.class, failure);
        String message = failure.getMessage();
        assertTrue(message.contains("$.access_token: expected"), message);
        assertFalse(message.contains("sandbox-client-secret"), message);
        assertFalse(message.matches("(?s).*[A-Za-z0-9_-]{43}.*"), "a token-like value leaked: " + message);
        assertTrue(message.contains("*****"), message);
    }
}
