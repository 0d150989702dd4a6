package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedirectTargetTest {

    @Test
    void matchesOnSchemeHostPortAndPathIgnoringQueryAndFragment() throws Exception {
        RedirectTarget target = RedirectTarget.of("https://App.Example/callback");

        assertTrue(target.matches(URI.create("https://app.example/callback?code=1&state=2")));
        assertTrue(target.matches(URI.create("HTTPS://app.example:443/callback#x")));
        assertFalse(target.matches(URI.create("http://app.example/callback?code=1")));
        assertFalse(target.matches(URI.create("https://app.example:8443/callback?code=1")));
        assertFalse(target.matches(URI.create("https://app.example/callback/extra?code=1")));
        assertFalse(target.matches(URI.create("https://evil.example/callback?code=1")));
        assertFalse(target.matches(URI.create("https://app.example/?next=/callback")));
    }

    @Test
    void emptyPathEqualsRootAndCustomSchemesWork() throws Exception {
        assertTrue(RedirectTarget.of("http://localhost:8080").matches(URI.create("http://localhost:8080/?code=1")));
        assertTrue(RedirectTarget.of("com.example.app:/oauth2redirect")
                .matches(URI.create("com.example.app:/oauth2redirect?code=1")));
        assertTrue(RedirectTarget.of("urn:ietf:wg:oauth:2.0:oob")
                .matches(URI.create("urn:ietf:wg:oauth:2.0:oob?code=1")));
        assertFalse(RedirectTarget.of("com.example.app:/oauth2redirect")
                .matches(URI.create("com.other.app:/oauth2redirect?code=1")));
    }

    @Test
    void relativeRedirectUriIsRefused() {
        SignInException e = assertThrows(SignInException.class, () -> RedirectTarget.of("/callback"));
        assertEquals("redirect URI '/callback' is not an absolute URI", e.getMessage());
    }
}
