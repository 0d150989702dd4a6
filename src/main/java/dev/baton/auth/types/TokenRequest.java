package dev.baton.auth.types;

import java.net.URI;

/**
 * The values of a token helper's block, resolved for one request of a token.
 *
 * @param tokenUrl     the token endpoint
 * @param clientId     the client id, not empty
 * @param clientSecret the client secret, or {@code null}
 * @param scope        the scope asked for, or {@code null}
 * @param accountId    the Zoom account id, or {@code null}
 * @param refreshToken the refresh token given in the block (a CI secret), or {@code null}
 * @param saveRefreshToken the file to write a rotated refresh token to, or {@code null}
 */
record TokenRequest(URI tokenUrl, String clientId, String clientSecret, String scope, String accountId,
                    String refreshToken, String saveRefreshToken) {

    /** What tells one token of the run from another: the same values share one token. */
    Object cacheKey(String type) {
        return java.util.Arrays.asList(type, tokenUrl.toString(), clientId, scope, accountId);
    }
}
