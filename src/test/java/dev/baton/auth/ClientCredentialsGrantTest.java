package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.HttpResult;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientCredentialsGrantTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApacheHttpSender sender;

    @BeforeEach
    void newSender() {
        sender = new ApacheHttpSender(Duration.ofSeconds(10));
    }

    @AfterEach
    void closeSender() throws Exception {
        sender.close();
    }

    @Nested
    class AgainstTheSandbox {
        private static OAuthSandbox sandbox;

        @BeforeAll
        static void start() {
            sandbox = OAuthSandbox.start(0);
        }

        @AfterAll
        static void stop() {
            sandbox.close();
        }

        private ClientCredentialsGrant grant(String secret, String scope) {
            return new ClientCredentialsGrant(sender, SandboxHttp.tokenUrl(sandbox),
                    SandboxAccounts.CONFIDENTIAL_CLIENT_ID, secret, scope);
        }

        @Test
        void issuesAnAccessTokenWithoutRefreshTokenThatTheApiAccepts() throws Exception {
            TokenResponse tokens = grant(SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, null).fetch();

            assertEquals("bearer", tokens.tokenType());
            assertEquals(3599L, tokens.expiresIn());
            assertNull(tokens.refreshToken());
            assertEquals("user:read:admin", tokens.scope());
            HttpResult me = SandboxHttp.me(sender, sandbox, tokens.accessToken());
            assertEquals(200, me.status(), me.bodyText());
            assertEquals(SandboxAccounts.ACCOUNT_ID, JSON.readTree(me.bodyText()).path("account_id").asText());
        }

        @Test
        void sendsTheScopeAskedFor() throws Exception {
            assertEquals("user:read", grant(SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, "user:read").fetch().scope());

            TokenRequestException refused = assertThrows(TokenRequestException.class,
                    () -> grant(SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, "meeting:write").fetch());
            assertEquals(400, refused.status());
            assertEquals("invalid_scope", refused.error());
        }

        @Test
        void aWrongSecretIsInvalidClientAndTheMessageHoldsNoSecret() {
            TokenRequestException refused = assertThrows(TokenRequestException.class,
                    () -> grant("not-the-secret-xyz", null).fetch());

            assertEquals(401, refused.status());
            assertEquals("invalid_client", refused.error());
            assertTrue(refused.getMessage().contains("HTTP 401 invalid_client"), refused.getMessage());
            assertFalse(refused.getMessage().contains("not-the-secret-xyz"), refused.getMessage());
        }

        @Test
        void eachFetchIsANewToken() throws Exception {
            ClientCredentialsGrant grant = grant(SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, null);

            assertNotEquals(grant.fetch().accessToken(), grant.fetch().accessToken());
        }
    }

    @Nested
    class AgainstMockOAuth2Server {
        private static MockOAuth2Server server;

        @BeforeAll
        static void start() throws Exception {
            server = new MockOAuth2Server();
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        }

        @AfterAll
        static void stop() {
            server.shutdown();
        }

        @Test
        void issuesAJwtForTheClientWithTheScopeAskedForAsItsAudience() throws Exception {
            URI tokenUrl = URI.create(server.tokenEndpointUrl("default").toString());

            TokenResponse tokens = new ClientCredentialsGrant(sender, tokenUrl, "baton-machine", "any-secret",
                    "api:read").fetch();

            assertTrue(tokens.tokenType().equalsIgnoreCase("bearer"), tokens.tokenType());
            assertTrue(tokens.expiresIn() > 0);
            JsonNode claims = claims(tokens.accessToken());
            assertEquals("baton-machine", claims.path("sub").asText(), claims.toString());
            assertEquals("api:read", claims.path("aud").asText(), claims.toString());
        }

        @Test
        void anySecretIsAcceptedButAClientWithoutOneIsRefused() throws Exception {
            URI tokenUrl = URI.create(server.tokenEndpointUrl("default").toString());

            assertTrue(new ClientCredentialsGrant(sender, tokenUrl, "baton-machine", "whatever", null).fetch()
                    .accessToken().contains("."));
            TokenRequestException refused = assertThrows(TokenRequestException.class, () -> TokenEndpointCall.post(
                    sender, tokenUrl, OAuthClient.publicClient("baton-machine"), Map.of(),
                    Map.of("grant_type", "client_credentials")));
            assertEquals(401, refused.status());
        }
    }

    static JsonNode claims(String jwt) throws Exception {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
