package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code client_credentials} and Zoom's Server-to-Server {@code account_credentials} at the token endpoint. */
class ClientGrantsTest {
    private final MutableClock clock = new MutableClock();
    private OAuthSandbox sandbox;
    private Flow flow;

    @BeforeEach
    void start() {
        sandbox = OAuthSandbox.builder().clock(clock).accessTokenTtl(Duration.ofMinutes(60)).start();
        flow = new Flow(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void clientCredentialsIssuesAnAccessTokenOnlyThatActsAsTheAccountsAdmin() {
        HttpResponse<String> response = flow.confidentialToken(Flow.params("grant_type", "client_credentials"));

        JsonNode tokens = Flow.json(response);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("bearer", tokens.path("token_type").asText());
        assertEquals(3600, tokens.path("expires_in").asInt());
        assertEquals("user:read:admin", tokens.path("scope").asText());
        assertFalse(tokens.has("refresh_token"), response.body());
        HttpResponse<String> me = flow.me(tokens.path("access_token").asText());
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(SandboxAccounts.ACCOUNT_ID, Flow.json(me).path("account_id").asText());
    }

    @Test
    void clientCredentialsGrantsTheScopeAskedForOrRefusesIt() {
        HttpResponse<String> narrowed = flow.confidentialToken(Flow.params("grant_type", "client_credentials",
                "scope", "user:read"));
        assertEquals("user:read", Flow.json(narrowed).path("scope").asText());

        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "client_credentials",
                "scope", "user:read meeting:write:admin")), 400, "invalid_scope");
    }

    @Test
    void clientCredentialsIsForConfidentialClientsOnly() {
        Flow.assertOAuthError(flow.publicToken(Flow.params("grant_type", "client_credentials")),
                400, "unauthorized_client");
    }

    @Test
    void clientCredentialsWithAWrongSecretIsInvalidClient() {
        Flow.assertOAuthError(flow.browser.post("/oauth/token", Flow.params("grant_type", "client_credentials"),
                Browser.basic(SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "wrong")), 401, "invalid_client");
    }

    @Test
    void accountCredentialsInTheQueryAsZoomDocumentsIt() {
        HttpResponse<String> response = flow.browser.post("/oauth/token?grant_type=account_credentials&account_id="
                + SandboxAccounts.ACCOUNT_ID, Flow.params(), Browser.basic(SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
                SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET));

        JsonNode tokens = Flow.json(response);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(tokens.has("refresh_token"), response.body());
        assertEquals(200, flow.me(tokens.path("access_token").asText()).statusCode());
    }

    @Test
    void accountCredentialsInTheBodyWorkToo() {
        HttpResponse<String> response = flow.confidentialToken(Flow.params("grant_type", "account_credentials",
                "account_id", SandboxAccounts.ACCOUNT_ID));

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void accountCredentialsNeedTheAccountOfTheClient() {
        JsonNode missing = Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type",
                "account_credentials")), 400, "invalid_request");
        assertTrue(missing.path("error_description").asText().contains("account_id"));

        Flow.assertOAuthError(flow.confidentialToken(Flow.params("grant_type", "account_credentials",
                "account_id", "someOtherAccount000001")), 400, "invalid_request");
        Flow.assertOAuthError(flow.publicToken(Flow.params("grant_type", "account_credentials",
                "account_id", SandboxAccounts.ACCOUNT_ID)), 400, "unauthorized_client");
    }

    @Test
    void theirTokensExpire() {
        String token = Flow.json(flow.confidentialToken(Flow.params("grant_type", "account_credentials",
                "account_id", SandboxAccounts.ACCOUNT_ID))).path("access_token").asText();

        clock.advance(Duration.ofMinutes(60));

        assertEquals(401, flow.me(token).statusCode());
    }
}
