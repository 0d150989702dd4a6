package dev.baton.auth;

import dev.baton.http.Urls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.util.Objects;

/**
 * Gets the authorization response from a person when Baton cannot listen on the redirect URI: they approve in the
 * browser, then paste the address the browser was sent to. Reads one non-blank line and extracts {@code code},
 * {@code state}, {@code error} and {@code iss} from it; a bare query ({@code code=...&state=...}) is accepted too.
 */
public final class PasteCallback {

    private final BufferedReader in;
    private final PrintWriter prompt;
    private final RedirectTarget target;
    private final String redirectUri;

    /**
     * @param in          where the pasted text comes from, such as the terminal
     * @param prompt      where to ask for it
     * @param redirectUri the redirect URI the pasted URL must point at, or {@code null} not to check
     * @throws IllegalArgumentException when {@code redirectUri} is not an absolute URI
     */
    public PasteCallback(Reader in, PrintWriter prompt, String redirectUri) {
        Objects.requireNonNull(in, "in");
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.redirectUri = redirectUri;
        try {
            this.target = redirectUri == null ? null : RedirectTarget.of(redirectUri);
        } catch (SignInException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Asks for the URL and reads it.
     *
     * @return the response, which may carry an {@code error} rather than a code
     * @throws AuthorizationCallbackException when the input ends first, or what was pasted has neither a code nor an
     *                                        error, or points elsewhere than the redirect URI; the message never
     *                                        quotes what was pasted
     */
    public AuthorizationResponse read() throws IOException, AuthorizationCallbackException {
        prompt.println("After approving access, copy the address your browser was sent to"
                + (redirectUri == null ? "" : " (it starts with " + redirectUri + ")") + " and paste it here:");
        prompt.flush();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new AuthorizationCallbackException("no URL was pasted: the input ended");
            }
        } while (line.isBlank());
        return parse(line);
    }

    AuthorizationResponse parse(String pasted) throws AuthorizationCallbackException {
        String text = unwrap(pasted.trim());
        AuthorizationResponse response;
        if (text.contains("://")) {
            URI uri = Urls.parse(text).orElseThrow(() ->
                    new AuthorizationCallbackException("what was pasted is not a URL"));
            if (target != null && !target.matches(uri)) {
                throw new AuthorizationCallbackException("the pasted URL does not go to the redirect URI "
                        + redirectUri + "; paste the address of the page the browser landed on after approving");
            }
            response = AuthorizationResponse.fromUri(uri);
        } else {
            response = AuthorizationResponse.fromQuery(text.startsWith("?") ? text.substring(1) : text);
        }
        if (response.code() == null && response.error() == null) {
            throw new AuthorizationCallbackException("the pasted URL has no 'code' parameter: paste the whole "
                    + "address, everything after '?' included, from the page the browser landed on after approving");
        }
        return response;
    }

    private static String unwrap(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'") || text.startsWith("<") && text.endsWith(">"))) {
            return text.substring(1, text.length() - 1).trim();
        }
        return text;
    }
}
