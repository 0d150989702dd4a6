package dev.baton.sandbox;

/**
 * The tokens one successful token request issues.
 *
 * @param idToken the OpenID Connect ID token, or {@code null} when the client did not ask for {@code openid}
 */
record TokenPair(IssuedToken access, IssuedToken refresh, String idToken) {

    TokenPair(IssuedToken access, IssuedToken refresh) {
        this(access, refresh, null);
    }

    TokenPair withIdToken(String token) {
        return new TokenPair(access, refresh, token);
    }
}
