package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/** Drives the browser half of the flow, step by step or all the way to the code, and the token requests. */
final class Flow {
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Browser browser;

    Flow(OAuthSandbox sandbox) {
        this.browser = new Browser(sandbox);
    }

    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Authorization parameters for the public client with the RFC 7636 Appendix B challenge. */
    static Map<String, String> publicS256(String state) {
        return params("response_type", "code", "client_id", SandboxAccounts.PUBLIC_CLIENT_ID,
                "redirect_uri", SandboxAccounts.REDIRECT_URI, "state", state,
                "code_challenge", CHALLENGE, "code_challenge_method", "S256");
    }

    HttpResponse<String> authorize(Map<String, String> params) {
        return browser.get("/oauth/authorize?" + Browser.encode(params));
    }

    HttpResponse<String> signIn(HttpResponse<String> signInPage, String email, String password) {
        Document page = Browser.html(signInPage);
        return browser.post("/signin", params(
                "request_id", page.selectFirst("input[name=request_id]").val(),
                "csrf", page.selectFirst("input[name=csrf]").val(),
                "email", email, "password", password));
    }

    HttpResponse<String> decide(HttpResponse<String> consentPage, String decision) {
        Document page = Browser.html(consentPage);
        return browser.post("/oauth/consent", params(
                "request_id", page.selectFirst("input[name=request_id]").val(),
                "csrf", page.selectFirst("input[name=csrf]").val(),
                "decision", decision));
    }

    /** Signs in and approves; returns the redirect's Location. */
    String approve(HttpResponse<String> signInPage) {
        HttpResponse<String> signedIn = signIn(signInPage, SandboxAccounts.USER_EMAIL, SandboxAccounts.USER_PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> consent = browser.get(location(signedIn));
        assertEquals(200, consent.statusCode(), consent.body());
        HttpResponse<String> approved = decide(consent, "approve");
        assertEquals(302, approved.statusCode(), approved.body());
        return location(approved);
    }

    /** Authorizes with {@code params}, signs in and approves; returns the code. */
    String code(Map<String, String> params) {
        HttpResponse<String> page = authorize(params);
        assertEquals(200, page.statusCode(), page.body());
        String location = approve(page);
        assertTrue(location.startsWith(SandboxAccounts.REDIRECT_URI + "?"), location);
        return Browser.query(location).get("code");
    }

    HttpResponse<String> publicToken(Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        body.putIfAbsent("client_id", SandboxAccounts.PUBLIC_CLIENT_ID);
        return browser.post("/oauth/token", body);
    }

    HttpResponse<String> confidentialToken(Map<String, String> form) {
        return browser.post("/oauth/token", form, Browser.basic(SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET));
    }

    static Map<String, String> codeForm(String code, String verifier) {
        Map<String, String> form = params("grant_type", "authorization_code", "code", code,
                "redirect_uri", SandboxAccounts.REDIRECT_URI);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }

    HttpResponse<String> me(String accessToken) {
        return browser.get("/v2/users/me", "Bearer " + accessToken);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header; status " + response.statusCode()));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Asserts an OAuth JSON error and returns its body. */
    static JsonNode assertOAuthError(HttpResponse<String> response, int status, String error) {
        JsonNode body = json(response);
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, body.path("error").asText(), response.body());
        assertTrue(body.hasNonNull("reason") && body.hasNonNull("error_description"), response.body());
        return body;
    }
}
