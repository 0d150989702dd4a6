package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenResponseTest {

    @Test
    void readsEveryField() {
        TokenResponse response = TokenResponse.parse("""
                {"access_token":"at-123456","token_type":"bearer","expires_in":3599,
                 "refresh_token":"rt-123456","scope":"user:read","id_token":"id.jwt.x"}""");

        assertEquals("at-123456", response.accessToken());
        assertEquals("bearer", response.tokenType());
        assertEquals(3599L, response.expiresIn());
        assertEquals("rt-123456", response.refreshToken());
        assertEquals("user:read", response.scope());
        assertEquals("id.jwt.x", response.idToken());
        assertEquals(Instant.parse("2025-01-01T00:59:59Z"), response.expiresAt(Instant.parse("2025-01-01T00:00:00Z"))
                .orElseThrow());
    }

    @Test
    void toleratesMissingOptionalFieldsAndExpiresInAsText() {
        TokenResponse response = TokenResponse.parse("{\"access_token\":\"at-123456\",\"expires_in\":\"60\"}");

        assertEquals(60L, response.expiresIn());
        assertNull(response.tokenType());
        assertNull(response.refreshToken());
        assertTrue(TokenResponse.parse("{\"access_token\":\"x1234\"}").expiresAt(Instant.EPOCH).isEmpty());
    }

    @Test
    void refusesBodiesWithoutAnAccessTokenWithoutQuotingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenResponse.parse("{\"refresh_token\":\"secret-refresh-value\"}"));

        assertEquals("the token response has no access_token", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenResponse.parse("<html>secret-value</html>"));
        assertThrows(IllegalArgumentException.class, () -> TokenResponse.parse("[1,2]"));
    }

    @Test
    void toStringMasksTheTokens() {
        String text = new TokenResponse("access-secret", "bearer", 10L, "refresh-secret", "s", "id-secret").toString();

        assertFalse(text.contains("secret"), text);
        assertTrue(text.contains("expiresIn=10"), text);
    }
}
