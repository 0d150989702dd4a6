package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v2/users/me}: the signed-in user, like Zoom's, for a live bearer token; {@code GET /oauth/userinfo}:
 * the same user's OpenID Connect claims (OpenID Connect Core §5.3.2).
 */
final class UserEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-user";
    static final String USERINFO_PATH = "/oauth/userinfo";

    UserEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        String header = request.getHeader("Authorization");
        boolean dpop = header != null && header.regionMatches(true, 0, "DPoP ", 0, 5);
        if (header == null || !dpop && !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return OAuthErrors.invalidAccessToken("Invalid access token.");
        }
        String value = header.substring(dpop ? 5 : 7).trim();
        IssuedToken token = state.accessToken(value);
        if (token == null) {
            return OAuthErrors.invalidAccessToken("Invalid access token.");
        }
        String bound = state.dpopKey(value);
        if (bound != null || dpop) {
            try {
                String jkt = DpopProofCheck.check(request, state.issuer() + request.getUrl().replaceAll("[?#].*", ""),
                        value, state);
                if (bound == null || !bound.equals(jkt) || !dpop) {
                    return OAuthErrors.dpop("invalid_token", "The token is bound to another DPoP key, or to none",
                            null);
                }
            } catch (OAuthProblem problem) {
                return OAuthErrors.dpop(problem.error(), problem.description(),
                        problem.error().equals("use_dpop_nonce") ? state.dpopNonce() : null);
            }
        }
        if (token.isExpiredAt(state.now())) {
            return OAuthErrors.invalidAccessToken("Access token is expired.");
        }
        return Responses.json(200, request.getUrl().startsWith(USERINFO_PATH) ? claims() : profile()).build();
    }

    private Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", state.has(SandboxSwitch.USERINFO_OTHER_SUB) ? "sbxAn0therUs3r00000002" : IdTokens.SUBJECT);
        claims.put("email", SandboxAccounts.USER_EMAIL);
        claims.put("name", "Sandbox User");
        return claims;
    }

    private static Map<String, Object> profile() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", IdTokens.SUBJECT);
        user.put("first_name", "Sandbox");
        user.put("last_name", "User");
        user.put("display_name", "Sandbox User");
        user.put("email", SandboxAccounts.USER_EMAIL);
        user.put("type", 1);
        user.put("role_name", "Owner");
        user.put("pmi", 5550100001L);
        user.put("use_pmi", false);
        user.put("timezone", "UTC");
        user.put("verified", 1);
        user.put("dept", "");
        user.put("created_at", "2024-01-01T00:00:00Z");
        user.put("last_login_time", "2024-01-01T00:00:00Z");
        user.put("language", "en-US");
        user.put("status", "active");
        user.put("role_id", "0");
        user.put("account_id", SandboxAccounts.ACCOUNT_ID);
        user.put("account_number", 5550100);
        user.put("cluster", "us05");
        user.put("user_created_at", "2024-01-01T00:00:00Z");
        return user;
    }
}
