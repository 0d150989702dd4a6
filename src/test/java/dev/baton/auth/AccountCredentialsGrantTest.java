package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountCredentialsGrantTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static OAuthSandbox sandbox;
    private ApacheHttpSender sender;

    @BeforeAll
    static void start() {
        sandbox = OAuthSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void newSender() {
        sender = new ApacheHttpSender(Duration.ofSeconds(10));
    }

    @AfterEach
    void closeSender() throws Exception {
        sender.close();
    }

    private AccountCredentialsGrant grant(String accountId) {
        return new AccountCredentialsGrant(sender, SandboxHttp.tokenUrl(sandbox),
                SandboxAccounts.CONFIDENTIAL_CLIENT_ID, SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, accountId);
    }

    @Test
    void issuesAnAccessTokenThatActsAsTheAccountsAdmin() throws Exception {
        TokenResponse tokens = grant(SandboxAccounts.ACCOUNT_ID).fetch();

        assertEquals("bearer", tokens.tokenType());
        assertEquals(3599L, tokens.expiresIn());
        assertNull(tokens.refreshToken());
        HttpResult me = SandboxHttp.me(sender, sandbox, tokens.accessToken());
        assertEquals(200, me.status(), me.bodyText());
        JsonNode user = JSON.readTree(me.bodyText());
        assertEquals(SandboxAccounts.ACCOUNT_ID, user.path("account_id").asText());
        assertEquals("Owner", user.path("role_name").asText());
    }

    @Test
    void anotherAccountIsRefused() {
        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant("someoneElsesAccount0001").fetch());

        assertEquals(400, refused.status());
        assertEquals("invalid_request", refused.error());
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> new AccountCredentialsGrant(sender, SandboxHttp.tokenUrl(sandbox),
                        SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "wrong-secret", SandboxAccounts.ACCOUNT_ID).fetch());

        assertEquals(401, refused.status());
        assertEquals("invalid_client", refused.error());
    }

    @Test
    void sendsTheGrantInTheQueryWithBasicAuthAsZoomDocumentsIt() throws Exception {
        WireMockServer zoom = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        zoom.start();
        try {
            zoom.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"eyJ.s2s.token\",\"token_type\":\"bearer\",\"expires_in\":3599,"
                            + "\"scope\":\"user:read:admin\",\"api_url\":\"https://api.zoom.us\"}")));

            TokenResponse tokens = new AccountCredentialsGrant(sender, URI.create(zoom.baseUrl() + "/oauth/token"),
                    "s2s-client", "s2s-secret", "acc-42").fetch();

            assertEquals("user:read:admin", tokens.scope());
            zoom.verify(postRequestedFor(urlEqualTo("/oauth/token?grant_type=account_credentials&account_id=acc-42"))
                    .withHeader("Authorization", equalTo("Basic czJzLWNsaWVudDpzMnMtc2VjcmV0")));
        } finally {
            zoom.stop();
        }
    }
}
