package dev.baton.sandbox;

/** {@code grant_type=refresh_token} (RFC 6749 §6), rotating: the presented refresh token stops working. */
final class RefreshGrant {
    private static final String REASON = "Invalid refresh token";

    private final SandboxState state;

    RefreshGrant(SandboxState state) {
        this.state = state;
    }

    TokenPair refresh(RegisteredClient client, Params params) {
        IssuedToken token = state.refreshToken(params.require("refresh_token"));
        if (token == null) {
            throw OAuthProblem.invalidGrant(REASON, "The refresh token is not recognised, used or revoked");
        }
        if (token.isExpiredAt(state.now())) {
            throw OAuthProblem.invalidGrant(REASON, "The refresh token has expired");
        }
        if (!token.clientId().equals(client.id())) {
            throw OAuthProblem.invalidGrant(REASON, "The refresh token was issued to another client");
        }
        if (state.has(SandboxSwitch.NO_REFRESH_ROTATION)) {
            return new TokenPair(state.issueAccessToken(client.id(), token.grantId()), token);
        }
        if (!state.retireRefreshToken(token)) {
            throw OAuthProblem.invalidGrant(REASON, "The refresh token is not recognised, used or revoked");
        }
        return state.issueTokens(client.id(), token.grantId());
    }
}
