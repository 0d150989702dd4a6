package dev.baton.model;

/**
 * {@code auth: {type: oauth2-pkce}}: the PKCE helper and any values pinned for a reproducible run.
 *
 * @param method        the challenge method
 * @param codeVerifier  a pinned verifier, or {@code null} to make one per run
 * @param state         a pinned state, or {@code null} to make one per run
 * @param redirectUri   the redirect URI at which the flow stops, or {@code null} to take it from the
 *                      authorization request's {@code redirect_uri} parameter
 * @param issuer        the issuer the authorization response must name in {@code iss} (RFC 9207), or {@code null}
 *                      to take the {@code issuer} variable when there is one
 * @param position      where the block is written
 */
public record PkceAuth(PkceMethod method, Text codeVerifier, Text state, Text redirectUri, Text issuer,
                       Position position)
        implements AuthSpec {
}
