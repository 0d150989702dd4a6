package dev.baton.cli;

import dev.baton.auth.LoopbackCallback;
import dev.baton.auth.OAuthClient;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code baton auth login} signs in to, read from the environment's variables: {@code authorizeUrl},
 * {@code tokenUrl}, {@code clientId}, {@code clientSecret} (none or empty: a public client), the redirect URI
 * ({@code loopbackRedirectUri} when it has a value, else {@code redirectUri}) and {@code scope} (optional).
 * {@link #toString()} masks the secret.
 *
 * @param authorizeUrl the authorization endpoint
 * @param tokenUrl     the token endpoint
 * @param client       the client
 * @param redirectUri  the redirect URI
 * @param scope        the scope to ask for, or {@code null}
 * @param notes        what the person should know about how the values were chosen, or empty
 */
public record LoginTarget(URI authorizeUrl, URI tokenUrl, OAuthClient client, String redirectUri, String scope,
                          String notes) {

    /** The variable with the authorization endpoint. */
    public static final String AUTHORIZE_URL = "authorizeUrl";
    /** The variable with the token endpoint. */
    public static final String TOKEN_URL = "tokenUrl";
    /** The variable with the client id. */
    public static final String CLIENT_ID = "clientId";
    /** The variable with the client secret; without a value the client is a public one. */
    public static final String CLIENT_SECRET = "clientSecret";
    /** The redirect URI for an interactive sign-in, used when it has a value. */
    public static final String LOOPBACK_REDIRECT_URI = "loopbackRedirectUri";
    /** The redirect URI used when {@link #LOOPBACK_REDIRECT_URI} has no value. */
    public static final String REDIRECT_URI = "redirectUri";
    /** The variable with the scope to ask for; optional. */
    public static final String SCOPE = "scope";

    public LoginTarget {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(redirectUri, "redirectUri");
        notes = notes == null ? "" : notes;
    }

    /**
     * Reads the target from the environment.
     *
     * @throws AuthInputException when a required variable is missing or empty, or a URL is not one
     */
    public static LoginTarget from(AuthEnvironment environment) throws AuthInputException {
        URI authorizeUrl = httpUrl(environment, AUTHORIZE_URL, environment.required(AUTHORIZE_URL,
                "the authorization endpoint, such as https://zoom.us/oauth/authorize"));
        URI tokenUrl = httpUrl(environment, TOKEN_URL, environment.required(TOKEN_URL,
                "the token endpoint, such as https://zoom.us/oauth/token"));
        String clientId = environment.required(CLIENT_ID, "the OAuth client id");
        StringBuilder notes = new StringBuilder();
        Optional<String> secret = environment.optional(CLIENT_SECRET);
        if (secret.isEmpty()) {
            environment.whyUnset(CLIENT_SECRET).ifPresent(why -> notes.append("note: ").append(CLIENT_SECRET)
                    .append(" has no value (").append(why).append("); signing in as a public client\n"));
        }
        String redirectUri = redirectUri(environment, notes);
        String scope = environment.optional(SCOPE).orElse(null);
        return new LoginTarget(authorizeUrl, tokenUrl, new OAuthClient(clientId, secret.orElse(null)), redirectUri,
                scope, notes.toString());
    }

    /** Whether Baton listens on the redirect URI itself rather than asking for the address to be pasted. */
    public boolean loopback() {
        return LoopbackCallback.isLoopback(URI.create(redirectUri));
    }

    private static String redirectUri(AuthEnvironment environment, StringBuilder notes) throws AuthInputException {
        Optional<String> loopback = environment.optional(LOOPBACK_REDIRECT_URI);
        String name = loopback.isPresent() ? LOOPBACK_REDIRECT_URI : REDIRECT_URI;
        if (loopback.isEmpty()) {
            environment.whyUnset(LOOPBACK_REDIRECT_URI).ifPresent(why -> notes.append("note: ")
                    .append(LOOPBACK_REDIRECT_URI).append(" has no value (").append(why).append("); using ")
                    .append(REDIRECT_URI).append('\n'));
        }
        String value = loopback.isPresent() ? loopback.get() : fallback(environment);
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw notAUrl(environment, name, "is not a URI");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw notAUrl(environment, name, "must be an absolute URI such as http://127.0.0.1:8765/oauth/callback");
        }
        if ("http".equalsIgnoreCase(uri.getScheme()) && isLoopbackHost(uri) && !LoopbackCallback.isLoopback(uri)) {
            notes.append("note: Baton cannot listen on ").append(name).append(" without a port; the browser's "
                    + "address will have to be pasted (write it as http://127.0.0.1:PORT/path to have Baton listen)\n");
        }
        return value;
    }

    private static String fallback(AuthEnvironment environment) throws AuthInputException {
        try {
            return environment.required(REDIRECT_URI, "the redirect URI registered for the client (or set "
                    + LOOPBACK_REDIRECT_URI + ")");
        } catch (AuthInputException e) {
            String loopback = environment.whyUnset(LOOPBACK_REDIRECT_URI)
                    .map(why -> "\nnor has " + LOOPBACK_REDIRECT_URI + " a value: " + why).orElse("");
            throw new AuthInputException(e.getMessage() + loopback);
        }
    }

    private static boolean isLoopbackHost(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("localhost");
    }

    private static URI httpUrl(AuthEnvironment environment, String name, String value) throws AuthInputException {
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw notAUrl(environment, name, "must be an http:// or https:// URL");
    }

    private static AuthInputException notAUrl(AuthEnvironment environment, String name, String problem) {
        return new AuthInputException("error: variable '" + name + "' of environment '" + environment.name() + "' ("
                + environment.shownFile() + ") " + problem);
    }

    @Override
    public String toString() {
        return "LoginTarget[authorizeUrl=" + authorizeUrl + ", tokenUrl=" + tokenUrl + ", client=" + client
                + ", redirectUri=" + redirectUri + ", scope=" + scope + "]";
    }
}
