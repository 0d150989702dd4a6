package dev.baton.sandbox;

/**
 * {@code grant_type=authorization_code} (RFC 6749 §4.1.3, RFC 7636 §4.5-4.6). A code admits one token request,
 * whatever its outcome; presenting it again revokes the tokens it produced (RFC 6749 §4.1.2).
 */
final class CodeGrant {
    private static final String REASON = "Invalid authorization code";

    private final SandboxState state;

    CodeGrant(SandboxState state) {
        this.state = state;
    }

    TokenPair redeem(RegisteredClient client, Params params) {
        String value = params.require("code");
        String redirectUri = params.get("redirect_uri");
        String verifier = params.get("code_verifier");
        AuthorizationCode code = state.code(value);
        if (code == null) {
            throw OAuthProblem.invalidGrant(REASON, "The authorization code is not recognised");
        }
        if (!code.markPresented() && !state.has(SandboxSwitch.REUSABLE_CODES)) {
            if (!state.has(SandboxSwitch.KEEP_TOKENS_ON_REPLAY)) {
                state.revokeGrant(code.grantId());
            }
            throw OAuthProblem.invalidGrant(REASON,
                    "The authorization code has already been used; tokens issued for it are revoked");
        }
        if (code.isExpiredAt(state.now())) {
            throw OAuthProblem.invalidGrant(REASON, "The authorization code has expired");
        }
        AuthorizationRequest authorized = code.request();
        if (!authorized.client().id().equals(client.id()) && !state.has(SandboxSwitch.CODES_ANY_CLIENT)) {
            throw OAuthProblem.invalidGrant(REASON, "The authorization code was issued to another client");
        }
        checkRedirectUri(authorized, redirectUri);
        if (!state.has(SandboxSwitch.IGNORE_VERIFIER) && !(state.has(SandboxSwitch.PKCE_DOWNGRADE)
                && authorized.codeChallenge() == null)) {
            PkceVerifier.verify(authorized, verifier);
        }
        TokenPair tokens = state.issueTokens(client.id(), code.grantId());
        return authorized.openid()
                ? tokens.withIdToken(state.idTokens().issue(client.id(), authorized, tokens.access().value()))
                : tokens;
    }

    private static void checkRedirectUri(AuthorizationRequest authorized, String redirectUri) {
        if (redirectUri == null) {
            if (authorized.redirectUriSent()) {
                throw OAuthProblem.invalidGrant(REASON,
                        "redirect_uri is required: the authorization request sent one");
            }
            return;
        }
        if (!redirectUri.equals(authorized.redirectUri())) {
            throw OAuthProblem.invalidGrant(REASON,
                    "redirect_uri does not match the one used in the authorization request");
        }
    }
}
