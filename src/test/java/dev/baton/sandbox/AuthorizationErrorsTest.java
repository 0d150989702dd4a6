package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationErrorsTest {
    private OAuthSandbox sandbox;
    private Flow flow;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.start(0);
        flow = new Flow(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void unknownClientGetsAnErrorPageAndNoRedirect() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("client_id", "no-such-client");

        String message = assertErrorPage(flow.authorize(params));
        assertTrue(message.contains("client_id") && message.contains("no-such-client"), message);
    }

    @Test
    void missingClientIdGetsAnErrorPage() {
        Map<String, String> params = Flow.publicS256("s");
        params.remove("client_id");

        assertTrue(assertErrorPage(flow.authorize(params)).contains("client_id"));
    }

    @Test
    void unregisteredRedirectUriGetsAnErrorPageAndNoRedirect() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("redirect_uri", "https://attacker.example/callback");

        String message = assertErrorPage(flow.authorize(params));
        assertTrue(message.contains("redirect_uri") && message.contains("attacker.example"), message);
    }

    @Test
    void repeatedClientIdGetsAnErrorPage() {
        HttpResponse<String> response = flow.browser.get("/oauth/authorize?response_type=code&client_id="
                + SandboxAccounts.PUBLIC_CLIENT_ID + "&client_id=" + SandboxAccounts.CONFIDENTIAL_CLIENT_ID);

        assertTrue(assertErrorPage(response).contains("repeated"));
    }

    @Test
    void valuesInTheErrorPageAreEscaped() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("client_id", "<script>alert(1)</script>");

        HttpResponse<String> response = flow.authorize(params);
        assertFalse(response.body().contains("<script>"), response.body());
        assertTrue(assertErrorPage(response).contains("<script>alert(1)</script>"));
    }

    @Test
    void unsupportedResponseTypeIsRedirectedWithState() {
        Map<String, String> params = Flow.publicS256("keep me");
        params.put("response_type", "token");

        Map<String, String> callback = assertErrorRedirect(flow.authorize(params), "unsupported_response_type");
        assertEquals("keep me", callback.get("state"));
    }

    @Test
    void missingResponseTypeIsInvalidRequest() {
        Map<String, String> params = Flow.publicS256("s");
        params.remove("response_type");

        assertErrorRedirect(flow.authorize(params), "invalid_request");
    }

    @Test
    void unknownChallengeMethodIsInvalidRequest() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("code_challenge_method", "S512");

        assertErrorRedirect(flow.authorize(params), "invalid_request");
    }

    @Test
    void challengeMethodIsCaseSensitive() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("code_challenge_method", "s256");

        assertErrorRedirect(flow.authorize(params), "invalid_request");
    }

    @Test
    void methodWithoutChallengeIsInvalidRequest() {
        Map<String, String> params = Flow.params("response_type", "code",
                "client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "code_challenge_method", "S256", "state", "x");

        Map<String, String> callback = assertErrorRedirect(flow.authorize(params), "invalid_request");
        assertEquals("x", callback.get("state"));
    }

    @Test
    void publicClientWithoutChallengeIsInvalidRequest() {
        Map<String, String> params = Flow.params("response_type", "code",
                "client_id", SandboxAccounts.PUBLIC_CLIENT_ID, "redirect_uri", SandboxAccounts.REDIRECT_URI);

        Map<String, String> callback = assertErrorRedirect(flow.authorize(params), "invalid_request");
        assertTrue(callback.get("error_description").endsWith("code_challenge required"), callback.toString());
        assertFalse(callback.containsKey("state"));
    }

    @Test
    void malformedChallengeIsInvalidRequest() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("code_challenge", "too-short");

        assertErrorRedirect(flow.authorize(params), "invalid_request");
    }

    @Test
    void repeatedStateIsInvalidRequest() {
        String query = Browser.encode(Flow.publicS256("one")) + "&state=two";

        Map<String, String> callback = assertErrorRedirect(flow.browser.get("/oauth/authorize?" + query),
                "invalid_request");
        assertEquals("one", callback.get("state"));
    }

    static String assertErrorPage(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "must not redirect");
        Document page = Browser.html(response);
        assertEquals("OAuth error", page.title());
        return page.selectFirst("p.error").text();
    }

    private static Map<String, String> assertErrorRedirect(HttpResponse<String> response, String error) {
        assertEquals(302, response.statusCode(), response.body());
        String location = Flow.location(response);
        assertTrue(location.startsWith(SandboxAccounts.REDIRECT_URI + "?"), location);
        Map<String, String> callback = Browser.query(location);
        assertEquals(error, callback.get("error"), location);
        assertFalse(callback.containsKey("code"), location);
        return callback;
    }
}
