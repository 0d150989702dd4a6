package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenErrorsTest {
    private static final String OTHER_VERIFIER = "a-different-verifier-0123456789-abcdefghijklmnop";

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
    void wrongVerifierIsInvalidGrant() {
        String code = flow.code(Flow.publicS256("s"));

        JsonNode error = Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, OTHER_VERIFIER)),
                400, "invalid_grant");
        assertTrue(error.get("error_description").asText().contains("does not match"));
    }

    @Test
    void missingVerifierIsInvalidRequest() {
        String code = flow.code(Flow.publicS256("s"));

        Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, null)), 400, "invalid_request");
    }

    @Test
    void malformedVerifierIsInvalidGrant() {
        String code = flow.code(Flow.publicS256("s"));

        JsonNode error = Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER.substring(1))),
                400, "invalid_grant");
        assertTrue(error.get("error_description").asText().contains("43-128"));
    }

    @Test
    void plainVerifierAgainstAnS256ChallengeIsInvalidGrant() {
        Map<String, String> params = Flow.publicS256("s");
        params.put("code_challenge", Flow.VERIFIER);
        String code = flow.code(params);

        Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER)), 400, "invalid_grant");
    }

    @Test
    void s256VerifierAgainstAPlainChallengeIsInvalidGrant() {
        try (OAuthSandbox plain = OAuthSandbox.withSwitches(java.util.List.of("accept-plain"))) {
            Flow plainFlow = new Flow(plain);
            Map<String, String> params = Flow.publicS256("s");
            params.put("code_challenge_method", "plain");
            String code = plainFlow.code(params);

            Flow.assertOAuthError(plainFlow.publicToken(Flow.codeForm(code, Flow.VERIFIER)), 400, "invalid_grant");
        }
    }

    @Test
    void verifierWithoutAChallengeIsInvalidGrant() {
        String code = flow.code(Flow.params("response_type", "code",
                "client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "redirect_uri", SandboxAccounts.REDIRECT_URI));

        Flow.assertOAuthError(flow.confidentialToken(Flow.codeForm(code, Flow.VERIFIER)), 400, "invalid_grant");
    }

    @Test
    void replayedCodeIsInvalidGrantAndRevokesItsTokens() {
        String code = flow.code(Flow.publicS256("s"));
        HttpResponse<String> first = flow.publicToken(Flow.codeForm(code, Flow.VERIFIER));
        assertEquals(200, first.statusCode());
        JsonNode tokens = Flow.json(first);
        assertEquals(200, flow.me(tokens.get("access_token").asText()).statusCode());

        JsonNode error = Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER)),
                400, "invalid_grant");

        assertTrue(error.get("error_description").asText().contains("already been used"));
        assertEquals(401, flow.me(tokens.get("access_token").asText()).statusCode());
        Flow.assertOAuthError(flow.publicToken(Flow.params("grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asText())), 400, "invalid_grant");
    }

    @Test
    void aFailedRedemptionUsesTheCodeUp() {
        String code = flow.code(Flow.publicS256("s"));
        Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, OTHER_VERIFIER)), 400, "invalid_grant");

        Flow.assertOAuthError(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER)), 400, "invalid_grant");
    }

    @Test
    void expiredCodeIsInvalidGrant() throws InterruptedException {
        try (OAuthSandbox shortLived = OAuthSandbox.builder().codeTtl(Duration.ofMillis(150)).start()) {
            Flow quick = new Flow(shortLived);
            String code = quick.code(Flow.publicS256("s"));
            Thread.sleep(300);

            JsonNode error = Flow.assertOAuthError(quick.publicToken(Flow.codeForm(code, Flow.VERIFIER)),
                    400, "invalid_grant");
            assertTrue(error.get("error_description").asText().contains("expired"));
        }
    }

    @Test
    void codeIsGoodUntilItsTtlOnTheSandboxClock() {
        MutableClock clock = new MutableClock();
        try (OAuthSandbox clocked = OAuthSandbox.builder().clock(clock).codeTtl(Duration.ofMinutes(5)).start()) {
            Flow clockedFlow = new Flow(clocked);
            String early = clockedFlow.code(Flow.publicS256("s"));
            String late = clockedFlow.code(Flow.publicS256("s"));
            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            assertEquals(200, clockedFlow.publicToken(Flow.codeForm(early, Flow.VERIFIER)).statusCode());
            clock.advance(Duration.ofSeconds(1));
            Flow.assertOAuthError(clockedFlow.publicToken(Flow.codeForm(late, Flow.VERIFIER)), 400,
                    "invalid_grant");
        }
    }

    @Test
    void unknownCodeIsInvalidGrant() {
        Flow.assertOAuthError(flow.publicToken(Flow.codeForm("made-up-code", Flow.VERIFIER)), 400, "invalid_grant");
    }

    @Test
    void redirectUriMismatchIsInvalidGrant() {
        String code = flow.code(Flow.publicS256("s"));
        Map<String, String> form = Flow.codeForm(code, Flow.VERIFIER);
        form.put("redirect_uri", "https://baton.test/other");

        Flow.assertOAuthError(flow.publicToken(form), 400, "invalid_grant");
    }

    @Test
    void missingRedirectUriWhenOneWasSentIsInvalidGrant() {
        String code = flow.code(Flow.publicS256("s"));
        Map<String, String> form = Flow.codeForm(code, Flow.VERIFIER);
        form.remove("redirect_uri");

        Flow.assertOAuthError(flow.publicToken(form), 400, "invalid_grant");
    }

    @Test
    void codeOfAnotherClientIsInvalidGrant() {
        String code = flow.code(Flow.publicS256("s"));

        JsonNode error = Flow.assertOAuthError(flow.confidentialToken(Flow.codeForm(code, Flow.VERIFIER)),
                400, "invalid_grant");
        assertTrue(error.get("error_description").asText().contains("another client"));
    }

    @Test
    void wrongSecretIsInvalidClient() {
        String code = confidentialCode();

        HttpResponse<String> response = flow.browser.post("/oauth/token", Flow.codeForm(code, null),
                Browser.basic(SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "wrong-secret"));

        Flow.assertOAuthError(response, 401, "invalid_client");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void unknownClientIsInvalidClient() {
        String code = confidentialCode();

        Flow.assertOAuthError(flow.browser.post("/oauth/token", Flow.codeForm(code, null),
                Browser.basic("nobody", "secret")), 401, "invalid_client");
        Map<String, String> form = Flow.codeForm(code, null);
        form.put("client_id", "nobody");
        Flow.assertOAuthError(flow.browser.post("/oauth/token", form), 401, "invalid_client");
    }

    @Test
    void confidentialClientMayNotAuthenticateWithClientIdAlone() {
        String code = confidentialCode();
        Map<String, String> form = Flow.codeForm(code, null);
        form.put("client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID);

        Flow.assertOAuthError(flow.browser.post("/oauth/token", form), 401, "invalid_client");
    }

    @Test
    void aWrongClientSecretInTheBodyIsRefused() {
        Map<String, String> form = Flow.codeForm(confidentialCode(), null);
        form.put("client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID);
        form.put("client_secret", SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET + "x");

        Flow.assertOAuthError(flow.browser.post("/oauth/token", form), 401, "invalid_client");
    }

    @Test
    void clientSecretPostIsAcceptedAlone() {
        Map<String, String> form = Flow.codeForm(confidentialCode(), null);
        form.put("client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID);
        form.put("client_secret", SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET);
        Map<String, String> both = new java.util.LinkedHashMap<>(form);

        assertEquals(200, flow.browser.post("/oauth/token", form).statusCode());
        both.put("code", confidentialCode());
        Flow.assertOAuthError(flow.browser.post("/oauth/token", both, Browser.basic(
                SandboxAccounts.CONFIDENTIAL_CLIENT_ID, SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET)), 400,
                "invalid_request");
    }

    @Test
    void publicClientMayNotUseBasic() {
        String code = flow.code(Flow.publicS256("s"));

        Flow.assertOAuthError(flow.browser.post("/oauth/token", Flow.codeForm(code, Flow.VERIFIER),
                Browser.basic(SandboxAccounts.PUBLIC_CLIENT_ID, "")), 401, "invalid_client");
    }

    @Test
    void noClientAuthenticationIsInvalidClient() {
        Flow.assertOAuthError(flow.browser.post("/oauth/token", Flow.codeForm(confidentialCode(), null)),
                401, "invalid_client");
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        Map<String, String> form = Flow.codeForm(confidentialCode(), null);
        form.remove("grant_type");

        Flow.assertOAuthError(flow.confidentialToken(form), 400, "invalid_request");
    }

    @Test
    void unknownGrantTypeIsUnsupportedGrantType() {
        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "password",
                "username", SandboxAccounts.USER_EMAIL)), 400, "unsupported_grant_type");
    }

    @Test
    void missingCodeIsInvalidRequest() {
        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "authorization_code",
                "redirect_uri", SandboxAccounts.REDIRECT_URI)), 400, "invalid_request");
    }

    @Test
    void missingOrUnknownRefreshTokenIsRefused() {
        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "refresh_token")),
                400, "invalid_request");
        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "refresh_token",
                "refresh_token", "made-up")), 400, "invalid_grant");
    }

    @Test
    void refreshTokenOfAnotherClientIsInvalidGrantAndStaysUsable() {
        String code = flow.code(Flow.publicS256("s"));
        String refresh = Flow.json(flow.publicToken(Flow.codeForm(code, Flow.VERIFIER)))
                .get("refresh_token").asText();

        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "refresh_token",
                "refresh_token", refresh)), 400, "invalid_grant");
        assertEquals(200, flow.publicToken(Flow.params("grant_type", "refresh_token",
                "refresh_token", refresh)).statusCode());
    }

    private String confidentialCode() {
        return flow.code(Flow.params("response_type", "code", "client_id", SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                "redirect_uri", SandboxAccounts.REDIRECT_URI));
    }
}
