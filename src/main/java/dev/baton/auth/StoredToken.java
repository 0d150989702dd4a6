package dev.baton.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tokens kept on disk by {@link StoredTokens} for one environment and client. {@link #toString()} masks the tokens.
 *
 * @param environment  the environment the tokens belong to, such as {@code dev}
 * @param clientId     the client they were issued to
 * @param accessToken  the access token
 * @param tokenType    the token type, or {@code null}
 * @param refreshToken the refresh token, or {@code null}
 * @param scope        the granted scope, or {@code null}
 * @param obtainedAt   when the token response was received
 * @param expiresAt    when the access token expires, or {@code null} when the server did not say
 */
public record StoredToken(String environment, String clientId, String accessToken, String tokenType,
                          String refreshToken, String scope, Instant obtainedAt, Instant expiresAt) {

    /** How long before its expiry a token counts as expired, so that it does not expire in flight. */
    public static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);

    public StoredToken {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
    }

    /** The tokens of a token response received at {@code obtainedAt}. */
    public static StoredToken of(String environment, String clientId, TokenResponse response, Instant obtainedAt) {
        return new StoredToken(environment, clientId, response.accessToken(), response.tokenType(),
                response.refreshToken(), response.scope(), obtainedAt, response.expiresAt(obtainedAt).orElse(null));
    }

    /** Whether the access token has expired, or will within {@link #SAFETY_MARGIN}. */
    public boolean isExpired(Clock clock) {
        return isExpired(clock, SAFETY_MARGIN);
    }

    /** Whether the access token has expired, or will within {@code margin}. Without a known expiry, never. */
    public boolean isExpired(Clock clock, Duration margin) {
        return expiresAt != null && !clock.instant().plus(margin).isBefore(expiresAt);
    }

    /** Whether a refresh token is kept. */
    public boolean canRefresh() {
        return refreshToken != null && !refreshToken.isEmpty();
    }

    /**
     * These tokens after a refresh answered {@code response} at {@code obtainedAt}; the old refresh token is kept
     * when the server did not send a new one (RFC 6749 §6).
     */
    public StoredToken refreshedWith(TokenResponse response, Instant obtainedAt) {
        StoredToken fresh = of(environment, clientId, response, obtainedAt);
        return fresh.refreshToken != null ? fresh : new StoredToken(environment, clientId, fresh.accessToken,
                fresh.tokenType, refreshToken, fresh.scope != null ? fresh.scope : scope, obtainedAt, fresh.expiresAt);
    }

    @Override
    public String toString() {
        return "StoredToken[environment=" + environment + ", clientId=" + clientId + ", accessToken=***, tokenType="
                + tokenType + ", refreshToken=" + (refreshToken == null ? "none" : "***") + ", scope=" + scope
                + ", obtainedAt=" + obtainedAt + ", expiresAt=" + expiresAt + "]";
    }
}
