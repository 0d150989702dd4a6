package dev.baton.signin;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An authorization server that sends the sign-in round in circles fails the step with "too many redirects" and the
 * hops it went through, as a plain request's redirect loop does, without the codes, state or session handles in
 * their URLs.
 */
class SignInRedirectLoopTest {

    private static final String STATE = "State-Pinned-4f9a1c77";
    private static final String TICKET = "TKT-8c1e55a0b2";

    @Test
    void aRedirectLoopInTheSignInListsItsHopsMasked(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "/sso?ticket=" + TICKET + "&code=" + TICKET + "x")));
            http.server().stubFor(get(urlPathEqualTo("/sso")).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "/authorize?client_id=app&again=" + TICKET)));
            Path collection = TestFiles.write(dir, "loop.yaml", """
                    name: Loop
                    auth: {type: oauth2-pkce}
                    steps:
                      - name: Authorize
                        oauth: authorize
                        request:
                          url: %s/authorize
                          query: {response_type: code, client_id: app, redirect_uri: "http://127.0.0.1:1/cb"}
                        login: {fields: {username: ada}, maxPages: 4}
                    """.formatted(http.baseUrl()));

            CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "pkce.state=" + STATE);

            assertEquals(1, run.exitCode(), run::toString);
            String base = http.baseUrl();
            assertTrue(run.out().contains("too many redirects during the sign-in (more than 4 pages and redirects, "
                    + "login.maxPages), in a loop: GET " + base + "/authorize?response_type=\u2026&client_id=\u2026"
                    + "&redirect_uri=\u2026&code_challenge=\u2026&code_challenge_method=\u2026&state=\u2026 302 -> GET "
                    + base + "/sso?ticket=\u2026&code=\u2026 302 -> GET " + base + "/authorize?client_id=\u2026"
                    + "&again=\u2026 302 -> GET " + base + "/sso?ticket=\u2026&code=\u2026 302 -> GET " + base
                    + "/authorize?client_id=\u2026&again=\u2026 302 -> GET " + base + "/sso?ticket=\u2026&code=\u2026"),
                    run::toString);
            assertFalse(run.all().contains(STATE), run::toString);
            assertFalse(run.all().contains(TICKET), run::toString);
            assertEquals(5, http.urls().size(), http.urls()::toString);
        }
    }
}
