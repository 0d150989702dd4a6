package dev.baton.auth;

import dev.baton.http.Urls;
import dev.baton.secret.OwnWords;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Objects;

/**
 * What an authorization server sent back to the redirect URI (RFC 6749 §4.1.2, RFC 9207): the {@code code} or the
 * {@code error}, the {@code state}, and the {@code iss} when the server names itself. {@link #toString()} masks the
 * code and the state.
 *
 * @param code             the authorization code, or {@code null}
 * @param state            the state sent back, or {@code null}
 * @param error            the OAuth error code, such as {@code access_denied}, or {@code null}
 * @param errorDescription the server's description of the error, or {@code null}
 * @param issuer           the {@code iss} parameter, or {@code null}
 */
public record AuthorizationResponse(String code, String state, String error, String errorDescription,
                                    String issuer) {

    /** Baton's warning when a state comes back changed; never masked, although a pinned state may be "forged". */
    public static final String FORGED = OwnWords.phrase("the response may be forged (CSRF)");


    /**
     * Reads the parameters from the query of {@code uri}, then from its fragment (for {@code response_mode=fragment});
     * the first value of a name wins. Empty values count as absent.
     */
    public static AuthorizationResponse fromUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        Map<String, String> parameters = parameters(uri.getRawQuery());
        parameters(uri.getRawFragment()).forEach(parameters::putIfAbsent);
        return of(parameters);
    }

    /** Reads the parameters from a raw query string such as {@code code=...&state=...}. */
    static AuthorizationResponse fromQuery(String rawQuery) {
        return of(parameters(rawQuery));
    }

    /** Reads the parameters of a form post to the redirect URI ({@code response_mode=form_post}). */
    public static AuthorizationResponse of(Map<String, String> parameters) {
        return new AuthorizationResponse(parameters.get("code"), parameters.get("state"), parameters.get("error"),
                parameters.get("error_description"), parameters.get("iss"));
    }

    /** The parameters by name, those present only, for {@code <<oauth.*>>} and the {@code oauth} expectation. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        BiConsumer<String, String> put = (name, value) -> {
            if (value != null) {
                parameters.put(name, value);
            }
        };
        put.accept("code", code);
        put.accept("state", state);
        put.accept("error", error);
        put.accept("error_description", errorDescription);
        put.accept("iss", issuer);
        return parameters;
    }

    /** Whether the server sent an {@code error}. */
    public boolean isError() {
        return error != null;
    }

    /**
     * The code, after checking that the response carries no error, carries a code, and sent back
     * {@code expectedState} unchanged.
     *
     * @throws AuthorizationCallbackException otherwise; the message names the problem, never the code or the state
     */
    public String requireCode(String expectedState) throws AuthorizationCallbackException {
        if (error != null) {
            throw new AuthorizationCallbackException("the authorization server answered error=" + error
                    + (errorDescription == null ? "" : " (" + errorDescription + ")"));
        }
        if (code == null) {
            throw new AuthorizationCallbackException("the redirect carries no code and no error");
        }
        if (expectedState != null && !expectedState.equals(state)) {
            throw new AuthorizationCallbackException("the redirect carries " + (state == null
                    ? "no state, where Baton sent one" : "a different state than Baton sent") + "; " + FORGED);
        }
        return code;
    }

    static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = Urls.parameters(raw);
        parameters.values().removeIf(String::isEmpty);
        return parameters;
    }

    @Override
    public String toString() {
        return "AuthorizationResponse[code=" + (code == null ? "none" : "***") + ", state="
                + (state == null ? "none" : "***") + ", error=" + error + ", errorDescription=" + errorDescription
                + ", issuer=" + issuer + "]";
    }
}
