package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasteCallbackTest {

    private static final String REDIRECT_URI = "https://app.example/oauth/callback";
    private final StringWriter prompt = new StringWriter();

    private PasteCallback paste(String input) {
        return new PasteCallback(new StringReader(input), new PrintWriter(prompt), REDIRECT_URI);
    }

    @Test
    void readsTheValuesFromThePastedUrlAfterBlankLines() throws Exception {
        AuthorizationResponse response = paste("\n  \n  https://app.example/oauth/callback?code=C0DE%2B1&state=st-9"
                + "&iss=https%3A%2F%2Fzoom.us  \n").read();

        assertEquals("C0DE+1", response.code());
        assertEquals("st-9", response.state());
        assertEquals("https://zoom.us", response.issuer());
        assertEquals("C0DE+1", response.requireCode("st-9"));
        assertTrue(prompt.toString().contains("it starts with " + REDIRECT_URI), prompt.toString());
    }

    @Test
    void acceptsQuotedUrlsFragmentsAndBareQueries() throws Exception {
        assertEquals("a1", paste("\"https://app.example/oauth/callback?code=a1\"").read().code());
        assertEquals("b2", paste("<https://app.example/oauth/callback#code=b2&state=s>").read().code());
        assertEquals("c3", paste("?code=c3&state=s").read().code());
        assertEquals("d4", paste("code=d4").read().code());
    }

    @Test
    void anErrorIsReturnedForTheCallerToReport() throws Exception {
        AuthorizationResponse response = paste(REDIRECT_URI + "?error=access_denied&state=s").read();

        assertEquals("access_denied", response.error());
        assertNull(response.code());
    }

    @Test
    void aUrlWithoutCodeIsAClearErrorThatQuotesNothing() {
        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> paste(REDIRECT_URI + "?state=secret-state-value").read());

        assertTrue(e.getMessage().startsWith("the pasted URL has no 'code' parameter"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-state-value"));
    }

    @Test
    void aUrlElsewhereIsRefusedWithoutQuotingIt() {
        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> paste("https://zoom.us/signin?code=secret-code-value").read());

        assertTrue(e.getMessage().contains("does not go to the redirect URI " + REDIRECT_URI), e.getMessage());
        assertFalse(e.getMessage().contains("secret-code-value"));
    }

    @Test
    void theEndOfInputIsAClearError() {
        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> paste("\n\n").read());

        assertEquals("no URL was pasted: the input ended", e.getMessage());
    }

    @Test
    void withoutARedirectUriAnyUrlWithACodeIsTaken() throws Exception {
        PasteCallback paste = new PasteCallback(new StringReader("http://elsewhere.test/x?code=z9\n"),
                new PrintWriter(prompt), null);

        assertEquals("z9", paste.read().code());
    }

    @Test
    void aStateThatDiffersIsCaughtByRequireCode() throws Exception {
        AuthorizationResponse response = paste(REDIRECT_URI + "?code=c&state=tampered-value").read();

        AuthorizationCallbackException e = assertThrows(AuthorizationCallbackException.class,
                () -> response.requireCode("expected-state"));
        assertTrue(e.getMessage().contains("different state"), e.getMessage());
        assertFalse(e.getMessage().contains("tampered-value") || e.getMessage().contains("expected-state"));
    }
}
