package dev.baton.model;

import java.util.List;

/** The part a step plays in an authorization-code flow, if any. */
public enum OAuthRole {
    /** An ordinary request. */
    NONE,
    /** The authorization request: gets {@code code_challenge}, {@code code_challenge_method} and {@code state}. */
    AUTHORIZE,
    /** The token request: gets {@code code_verifier}. */
    TOKEN,
    /** A token revocation request (RFC 7009 §2.1): authenticated as the token request is. */
    REVOKE,
    /** A token introspection request (RFC 7662 §2.1): authenticated as the token request is. */
    INTROSPECT;

    /**
     * The parameters of an authorization response that Baton reads (RFC 6749 §4.1.2 and §4.1.2.1, RFC 9207), each set
     * as {@code <<oauth.NAME>>} and checked by {@code expect: {oauth: ...}}.
     */
    public static final List<String> AUTHORIZATION_RESPONSE = List.of("code", "state", "error", "error_description",
            "iss");

    /** The variable an authorization response's parameter is set as. */
    public static String variable(String parameter) {
        return "oauth." + parameter;
    }

    /** Whether the request authenticates the client at one of the server's endpoints, as a token request does. */
    public boolean authenticatesClient() {
        return this == TOKEN || this == REVOKE || this == INTROSPECT;
    }

    /** The variables a step that plays this part sets, besides its captures. */
    public List<String> sets() {
        return this == AUTHORIZE ? AUTHORIZATION_RESPONSE.stream().map(OAuthRole::variable).toList() : List.of();
    }
}
