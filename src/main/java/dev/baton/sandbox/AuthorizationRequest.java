package dev.baton.sandbox;

import java.util.List;

/**
 * A validated authorization request, carried from the authorization endpoint to the code it produces.
 *
 * @param redirectUri     the redirect URI to use (the one sent, or the registered one)
 * @param redirectUriSent whether the request named {@code redirect_uri}, which binds the token request to it
 * @param state           the client's {@code state}, or {@code null}
 * @param codeChallenge   the PKCE challenge, or {@code null}
 * @param method          the PKCE method, {@code null} exactly when there is no challenge
 * @param scopes          the scopes asked for
 * @param nonce           the OpenID Connect {@code nonce}, or {@code null}
 */
record AuthorizationRequest(RegisteredClient client, String redirectUri, boolean redirectUriSent, String state,
                            String codeChallenge, ChallengeMethod method, List<String> scopes, String nonce) {

    /** Whether the client asked for an ID token (OpenID Connect Core §3.1.2.1: the {@code openid} scope). */
    boolean openid() {
        return scopes.contains("openid");
    }
}
