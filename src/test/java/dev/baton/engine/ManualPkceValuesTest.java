package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Option 1: manual" of Zoom's page: values a step writes itself are sent as written, never replaced. */
class ManualPkceValuesTest {

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://app.test/cb?code=the-code&state={{request.query.state}}")
                .withTransformers("response-template")));
        http.server().stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"t0k3n-value\"}")));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void manualChallengeMethodAndVerifierAreKept(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "manual.yaml", """
                name: manual PKCE
                auth: {type: oauth2-pkce, method: S256}
                steps:
                  - name: authorize
                    oauth: authorize
                    request:
                      url: <<base>>/authorize
                      query:
                        redirect_uri: https://app.test/cb
                        code_challenge: my-own-challenge
                        code_challenge_method: plain
                  - name: token
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/token
                      form: {code: <<oauth.code>>, code_verifier: my-own-verifier}
                """);

        var results = EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .executeFiles(collection);

        assertEquals(2, results.testEvents().succeeded().count(), () -> results.testEvents().toString());
        String authorize = http.urls().get(0);
        assertTrue(authorize.contains("code_challenge=my-own-challenge"), authorize);
        assertTrue(authorize.contains("code_challenge_method=plain"), authorize);
        assertTrue(authorize.matches(".*[?&]state=[A-Za-z0-9_-]{43}(&.*)?"), authorize);
        String body = http.requests().get(1).getBodyAsString();
        assertTrue(body.contains("code_verifier=my-own-verifier"), body);
        assertFalse(body.matches(".*code_verifier=.*code_verifier=.*"), body);
    }

    @Test
    void helperAddsWhatTheStepDoesNotWrite(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "helper.yaml", """
                name: helper PKCE
                auth: {type: oauth2-pkce, method: S256, codeVerifier: dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk}
                steps:
                  - name: authorize
                    oauth: authorize
                    request:
                      url: <<base>>/authorize
                      query: {redirect_uri: https://app.test/cb}
                  - name: token
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/token
                      form: {grant_type: authorization_code, code: <<oauth.code>>}
                """);

        var results = EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .executeFiles(collection);

        assertEquals(2, results.testEvents().succeeded().count(), () -> results.testEvents().toString());
        String authorize = http.urls().get(0);
        assertTrue(authorize.contains("code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"), authorize);
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
        assertTrue(http.requests().get(1).getBodyAsString()
                .contains("code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void onlyTheCodeExchangeGetsTheVerifier(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "grants.yaml", """
                name: grants besides the code
                auth: {type: oauth2-pkce}
                steps:
                  - name: client credentials
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/token
                      form: {grant_type: client_credentials, scope: reports}
                  - name: refresh
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/token
                      form: {grant_type: refresh_token, refresh_token: rt-0a9b8c7d}
                  - name: no grant type
                    oauth: token
                    request: {method: POST, url: <<base>>/token, form: {code: c-1}}
                  - name: code exchange
                    oauth: token
                    request:
                      method: POST
                      url: <<base>>/token
                      form: {grant_type: authorization_code, code: c-2}
                """);

        var results = EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .executeFiles(collection);

        assertEquals(4, results.testEvents().succeeded().count(), () -> results.testEvents().toString());
        var bodies = http.requests().stream().map(r -> r.getBodyAsString()).toList();
        for (String body : bodies.subList(0, 3)) {
            assertFalse(body.contains("code_verifier"), body);
        }
        assertTrue(bodies.get(3).matches(
                "grant_type=authorization_code&code=c-2&code_verifier=([A-Za-z0-9._-]|%7E){43,128}"), bodies.get(3));
    }
}
