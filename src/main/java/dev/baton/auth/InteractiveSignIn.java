package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;
import dev.baton.model.PkceMethod;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a person in with their browser, as {@code baton auth login} does: makes a PKCE verifier and state, opens the
 * authorization URL, gets the response through a {@link LoopbackCallback} when the redirect URI is a loopback one
 * (else, or when asked, through a {@link PasteCallback}), checks the state and exchanges the code with the verifier.
 * The caller keeps the tokens, for example in {@link StoredTokens}.
 */
public final class InteractiveSignIn {

    /**
     * What to sign in to.
     *
     * @param authorizeUrl the authorization endpoint
     * @param tokenUrl     the token endpoint
     * @param client       the client, public or confidential
     * @param redirectUri  the redirect URI registered for the client; a loopback one with port 0 takes any free port
     * @param scope        the scope to ask for, or {@code null}
     * @param paste        {@code true} to read the pasted redirect URL even when the redirect URI is a loopback one
     * @param timeout      how long to wait for the browser to come back
     */
    public record Request(URI authorizeUrl, URI tokenUrl, OAuthClient client, String redirectUri, String scope,
                          boolean paste, Duration timeout) {
        public Request {
            Objects.requireNonNull(authorizeUrl, "authorizeUrl");
            Objects.requireNonNull(tokenUrl, "tokenUrl");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    private final HttpSender sender;
    private final BrowserLauncher browser;
    private final Reader in;
    private final PrintWriter out;

    /**
     * @param sender  sends the token request
     * @param browser opens the authorization URL
     * @param in      where a pasted redirect URL is read from
     * @param out     where instructions are printed
     */
    public InteractiveSignIn(HttpSender sender, BrowserLauncher browser, Reader in, PrintWriter out) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the whole sign-in and returns the token response.
     *
     * @throws AuthorizationCallbackException when no usable authorization response came back (timeout, an error
     *                                        from the server, no code, a different state)
     * @throws TokenRequestException          when the token endpoint refused the code
     * @throws IOException                    when the loopback port cannot be bound or the input cannot be read
     */
    public TokenResponse signIn(Request request) throws IOException, InterruptedException,
            AuthorizationCallbackException, TokenRequestException, TransportException {
        PkceSession pkce = PkceSession.create(PkceMethod.S256, null, null);
        URI redirectUri = URI.create(request.redirectUri());
        if (!request.paste() && LoopbackCallback.isLoopback(redirectUri)) {
            try (LoopbackCallback callback = LoopbackCallback.listen(redirectUri)) {
                String bound = callback.redirectUri().toString();
                browser.open(authorizationUrl(request, bound, pkce));
                out.println("Waiting for the browser to come back to " + bound + " ...");
                out.flush();
                return exchange(request, bound, pkce, callback.await(request.timeout()));
            }
        }
        browser.open(authorizationUrl(request, request.redirectUri(), pkce));
        AuthorizationResponse response = new PasteCallback(in, out, request.redirectUri()).read();
        return exchange(request, request.redirectUri(), pkce, response);
    }

    private static URI authorizationUrl(Request request, String redirectUri, PkceSession pkce) {
        return AuthorizationUrl.build(request.authorizeUrl(), request.client().clientId(), redirectUri,
                request.scope(), pkce, Map.of());
    }

    private TokenResponse exchange(Request request, String redirectUri, PkceSession pkce,
                                   AuthorizationResponse response)
            throws AuthorizationCallbackException, TokenRequestException, TransportException {
        String code = response.requireCode(pkce.state());
        return new AuthorizationCodeGrant(sender, request.tokenUrl(), request.client())
                .exchange(code, redirectUri, pkce.codeVerifier());
    }
}
