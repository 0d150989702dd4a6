package dev.baton.sandbox;

/**
 * A validated authorization request, carried from the authorization endpoint to the code it produces.
 *
 * @param redirectUri     the redirect URI to use (the one sent, or the registered one)
 * @param redirectUriSent whether the request named {@code redirect_uri}, which binds the token request to it
 * @param state           the client's {@code state}, or {@code null}
 * @param codeChallenge   the PKCE challenge, or {@code null}
 * @param method          the PKCE method, {@code null} exactly when there is no challenge
 */
record AuthorizationRequest(RegisteredClient client, String redirectUri, boolean redirectUriSent, String state,
                            String codeChallenge, ChallengeMethod method) {
}
