package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HappyPathTest {
    private static final String URL_SAFE = "[A-Za-z0-9_-]{32,}";

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
    void publicClientWithS256GoesFromAuthorizationToRefresh() {
        String state = "st/ä te&=+";
        HttpResponse<String> signInPage = flow.authorize(Flow.publicS256(state));
        assertSignInPage(signInPage);

        HttpResponse<String> signedIn = flow.signIn(signInPage, SandboxAccounts.USER_EMAIL,
                SandboxAccounts.USER_PASSWORD);
        assertEquals(303, signedIn.statusCode());
        String consentUrl = Flow.location(signedIn);
        assertTrue(consentUrl.startsWith("/oauth/consent?request_id="), consentUrl);

        HttpResponse<String> consent = flow.browser.get(consentUrl);
        assertConsentPage(consent);

        HttpResponse<String> approved = flow.decide(consent, "approve");
        assertEquals(302, approved.statusCode());
        String location = Flow.location(approved);
        assertTrue(location.startsWith(SandboxAccounts.REDIRECT_URI + "?code="), location);
        Map<String, String> callback = Browser.query(location);
        assertEquals(state, callback.get("state"));
        assertTrue(callback.get("code").matches(URL_SAFE));

        HttpResponse<String> token = flow.publicToken(Flow.codeForm(callback.get("code"), Flow.VERIFIER));
        JsonNode tokens = assertTokenResponse(token);
        assertMe(tokens.get("access_token").asText());

        refreshAndRetireOld(tokens, form -> flow.publicToken(form));
    }

    @Test
    void confidentialClientWithoutPkceGoesFromAuthorizationToRefresh() {
        String code = flow.code(Flow.params("response_type", "code",
                "client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                "redirect_uri", SandboxAccounts.REDIRECT_URI, "state", "s1"));

        HttpResponse<String> token = flow.confidentialToken(Flow.codeForm(code, null));
        JsonNode tokens = assertTokenResponse(token);
        assertMe(tokens.get("access_token").asText());

        refreshAndRetireOld(tokens, form -> flow.confidentialToken(form));
    }

    @Test
    void confidentialClientMayUsePkceToo() {
        String code = flow.code(Flow.params("response_type", "code",
                "client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "redirect_uri", SandboxAccounts.REDIRECT_URI,
                "code_challenge", Flow.CHALLENGE, "code_challenge_method", "S256"));

        assertTokenResponse(flow.confidentialToken(Flow.codeForm(code, Flow.VERIFIER)));
    }

    @Test
    void zoomAliasGetOauthTokenWithResponseTypeCodeStartsTheSameFlow() {
        HttpResponse<String> signInPage = flow.browser.get("/oauth/token?" + Browser.encode(Flow.publicS256("alias")));
        assertSignInPage(signInPage);

        Map<String, String> callback = Browser.query(flow.approve(signInPage));
        assertEquals("alias", callback.get("state"));
        assertTokenResponse(flow.publicToken(Flow.codeForm(callback.get("code"), Flow.VERIFIER)));
    }

    @Test
    void withoutStateOrRedirectUriTheRegisteredUriIsUsedAndNoStateIsAdded() {
        String location = flow.approve(flow.authorize(Flow.params("response_type", "code",
                "client_id", SandboxAccounts.PUBLIC_CLIENT_ID, "code_challenge", Flow.CHALLENGE,
                "code_challenge_method", "S256")));

        Map<String, String> callback = Browser.query(location);
        assertTrue(location.startsWith(SandboxAccounts.REDIRECT_URI + "?code="), location);
        assertFalse(callback.containsKey("state"), location);
        Map<String, String> form = Flow.params("grant_type", "authorization_code", "code", callback.get("code"),
                "code_verifier", Flow.VERIFIER);
        assertTokenResponse(flow.publicToken(form));
    }

    @Test
    void challengeWithoutMethodIsPlainWhichTheAcceptPlainSwitchAllows() {
        String verifier = "plain-verifier-0123456789-abcdefghijklmnopqrstuvwxyz~._";
        try (OAuthSandbox plain = OAuthSandbox.withSwitches(java.util.List.of("accept-plain"))) {
            Flow plainFlow = new Flow(plain);
            String code = plainFlow.code(Flow.params("response_type", "code", "client_id",
                    SandboxAccounts.PUBLIC_CLIENT_ID, "code_challenge", verifier));

            assertTokenResponse(plainFlow.publicToken(Flow.params("grant_type", "authorization_code", "code", code,
                    "code_verifier", verifier)));
        }
    }

    @Test
    void plainIsRefusedByDefaultAsRfc9700Advises() {
        String verifier = "plain-verifier-0123456789-abcdefghijklmnopqrstuvwxyz~._";
        HttpResponse<String> refused = flow.authorize(Flow.params("response_type", "code", "client_id",
                SandboxAccounts.PUBLIC_CLIENT_ID, "code_challenge", verifier, "code_challenge_method", "plain"));

        assertEquals(302, refused.statusCode());
        assertTrue(Flow.location(refused).contains("error=invalid_request"), Flow.location(refused));
    }

    @Test
    void tokenParametersMayAlsoComeInTheQueryStringAsZoomDocumentsThem() {
        String code = flow.code(Flow.publicS256("q"));
        String query = Browser.encode(Flow.params("grant_type", "authorization_code", "code", code,
                "redirect_uri", SandboxAccounts.REDIRECT_URI, "code_verifier", Flow.VERIFIER,
                "client_id", SandboxAccounts.PUBLIC_CLIENT_ID));

        assertTokenResponse(flow.browser.post("/oauth/token?" + query, Map.of()));
    }

    private void assertSignInPage(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Browser.html(response);
        assertEquals("Sign in", page.title());
        Element form = page.selectFirst("form");
        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals("/signin", form.attr("action"));
        assertNotNull(form.selectFirst("input[name=email]"));
        assertNotNull(form.selectFirst("input[name=password][type=password]"));
        assertFalse(form.selectFirst("input[type=hidden][name=csrf]").val().isEmpty());
        assertFalse(form.selectFirst("input[type=hidden][name=request_id]").val().isEmpty());
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        HttpCookie cookie = HttpCookie.parse(setCookie).get(0);
        assertEquals("ZM_SANDBOX_SESSION", cookie.getName());
        assertTrue(cookie.isHttpOnly(), setCookie);
        assertEquals("/", cookie.getPath());
    }

    private static void assertConsentPage(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Document page = Browser.html(response);
        Element form = page.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("/oauth/consent", form.attr("action"));
        assertFalse(form.selectFirst("input[type=hidden][name=request_id]").val().isEmpty());
        assertFalse(form.selectFirst("input[type=hidden][name=csrf]").val().isEmpty());
        List<String> decisions = form.select("button[name=decision]").eachAttr("value");
        assertEquals(List.of("approve", "deny"), decisions);
    }

    private static JsonNode assertTokenResponse(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        JsonNode body = Flow.json(response);
        assertTrue(body.get("access_token").asText().matches(URL_SAFE), response.body());
        assertTrue(body.get("refresh_token").asText().matches(URL_SAFE), response.body());
        assertNotEquals(body.get("access_token").asText(), body.get("refresh_token").asText());
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(3599, body.get("expires_in").asInt());
        assertEquals("user:read", body.get("scope").asText());
        return body;
    }

    private void assertMe(String accessToken) {
        HttpResponse<String> me = flow.me(accessToken);
        assertEquals(200, me.statusCode(), me.body());
        JsonNode user = Flow.json(me);
        assertEquals(SandboxAccounts.USER_EMAIL, user.get("email").asText());
        for (String field : List.of("id", "first_name", "last_name", "type", "account_id")) {
            assertTrue(user.hasNonNull(field), field);
        }
    }

    private void refreshAndRetireOld(JsonNode tokens,
                                     Function<Map<String, String>, HttpResponse<String>> tokenRequest) {
        String oldRefresh = tokens.get("refresh_token").asText();
        JsonNode refreshed = assertTokenResponse(tokenRequest.apply(
                Flow.params("grant_type", "refresh_token", "refresh_token", oldRefresh)));
        assertNotEquals(oldRefresh, refreshed.get("refresh_token").asText());
        assertNotEquals(tokens.get("access_token").asText(), refreshed.get("access_token").asText());
        assertMe(refreshed.get("access_token").asText());

        Flow.assertOAuthError(tokenRequest.apply(Flow.params("grant_type", "refresh_token",
                "refresh_token", oldRefresh)), 400, "invalid_grant");
        assertTokenResponse(tokenRequest.apply(Flow.params("grant_type", "refresh_token",
                "refresh_token", refreshed.get("refresh_token").asText())));
    }
}
