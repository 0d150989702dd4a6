package dev.baton.oidc;

import dev.baton.auth.ClientCredentialsGrant;
import dev.baton.auth.TokenRequestException;
import dev.baton.auth.TokenResponse;
import dev.baton.http.ApacheHttpSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ClientCredentialsGrant} against oidc-provider's confidential client. */
class OidcProviderClientCredentialsTest {

    private static OidcProviderServer server;
    private ApacheHttpSender sender;

    @BeforeAll
    static void startServer() {
        server = OidcProviderServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newSender() {
        sender = new ApacheHttpSender(Duration.ofSeconds(10));
    }

    @AfterEach
    void closeSender() throws Exception {
        sender.close();
    }

    private ClientCredentialsGrant grant(String secret, String scope) {
        return new ClientCredentialsGrant(sender, URI.create(server.tokenEndpoint()),
                OidcProviderServer.CONFIDENTIAL_CLIENT_ID, secret, scope);
    }

    @Test
    void issuesAnAccessTokenWithTheScopeAskedFor() throws Exception {
        TokenResponse tokens = grant(OidcProviderServer.CONFIDENTIAL_CLIENT_SECRET, "api:read").fetch();

        assertTrue(tokens.tokenType().equalsIgnoreCase("bearer"), tokens.tokenType());
        assertTrue(tokens.expiresIn() > 0);
        assertEquals("api:read", tokens.scope());
        assertNull(tokens.refreshToken());
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant("wrong-secret-0123456789", null).fetch());

        assertEquals(401, refused.status(), refused.getMessage());
        assertEquals("invalid_client", refused.error());
    }

    @Test
    void aScopeTheClientMayNotHaveIsInvalidScope() {
        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> grant(OidcProviderServer.CONFIDENTIAL_CLIENT_SECRET, "openid").fetch());

        assertEquals(400, refused.status(), refused.getMessage());
        assertEquals("invalid_scope", refused.error(), refused.getMessage());
    }
}
