package dev.baton.oidc;

import java.time.Duration;
import java.time.Instant;

/**
 * What an ID token must say for one client and one authorization (OpenID Connect Core §3.1.3.7).
 *
 * @param issuer      the issuer identifier the {@code iss} claim must equal
 * @param clientId    the client that {@code aud} must contain, or {@code null} when unknown (a failure)
 * @param nonce       the {@code nonce} the authorization request sent, or {@code null} when it sent none
 * @param accessToken the access token of the same response, for {@code at_hash}; {@code null} when none
 * @param code        the authorization code it was redeemed for, for {@code c_hash}; {@code null} when none
 * @param now         the time to judge {@code exp} and {@code iat} by
 * @param skew        how far the server's clock may be from ours
 */
public record IdTokenExpectations(String issuer, String clientId, String nonce, String accessToken, String code,
                                  Instant now, Duration skew) {

    /** The clock skew allowed when a collection does not say. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);
}
