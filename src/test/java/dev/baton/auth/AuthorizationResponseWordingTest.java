package dev.baton.auth;

import dev.baton.model.DisplayPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The words of the state check's messages, and the name of the working folder in messages. */
class AuthorizationResponseWordingTest {

    @Test
    void aRedirectWithoutStateSaysBatonSentOne() {
        AuthorizationResponse response = AuthorizationResponse.fromUri(URI.create("https://app.test/cb?code=c1"));
        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> response.requireCode("s-sent-1"));
        assertEquals("the redirect carries no state, where Baton sent one; the response may be forged (CSRF)",
                e.getMessage());
        AuthorizationResponse other = AuthorizationResponse.fromUri(URI.create("https://app.test/cb?code=c1&state=x"));
        assertEquals("the redirect carries a different state than Baton sent; the response may be forged (CSRF)",
                assertThrows(AuthorizationCallbackException.class, () -> other.requireCode("s-sent-1")).getMessage());
    }

    @Test
    void theWorkingFolderIsShownAsADot() {
        assertEquals(".", DisplayPath.of(Path.of(".")));
        assertEquals(".", DisplayPath.of(Path.of("").toAbsolutePath()));
        assertEquals("c1", DisplayPath.of(Path.of("c1")));
    }
}
