package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The grants where a confidential client gets a token for itself, with no user and no refresh token:
 * {@code client_credentials} (RFC 6749 §4.4) and Zoom's Server-to-Server {@code account_credentials}, which also
 * names the account. Their tokens act as the account's admin user at {@code /v2/users/me}.
 */
final class ClientGrant {
    static final Set<String> CLIENT_SCOPES = Set.of("user:read", "user:read:admin");
    static final String DEFAULT_CLIENT_SCOPE = "user:read:admin";
    static final String ACCOUNT_SCOPE = "user:read:admin";

    private final SandboxState state;

    ClientGrant(SandboxState state) {
        this.state = state;
    }

    ResponseDefinition clientCredentials(RegisteredClient client, Params params) {
        requireConfidential(client, "client_credentials");
        String scope = scope(params.get("scope"));
        return TokenResponses.accessOnly(state.issueAccessToken(client.id()), state.accessTokenTtl(), scope);
    }

    ResponseDefinition accountCredentials(RegisteredClient client, Params params) {
        requireConfidential(client, "account_credentials");
        String accountId = params.get("account_id");
        if (accountId == null) {
            throw OAuthProblem.invalidRequest("Missing required parameter account_id");
        }
        if (!SandboxAccounts.ACCOUNT_ID.equals(accountId)) {
            throw OAuthProblem.invalidRequest("Invalid account_id: the client does not belong to this account");
        }
        return TokenResponses.accessOnly(state.issueAccessToken(client.id()), state.accessTokenTtl(), ACCOUNT_SCOPE);
    }

    private static void requireConfidential(RegisteredClient client, String grantType) {
        if (client.isPublic()) {
            throw OAuthProblem.unauthorizedClient(grantType + " is for confidential clients only: "
                    + client.id() + " has no secret");
        }
    }

    private static String scope(String requested) {
        if (requested == null) {
            return DEFAULT_CLIENT_SCOPE;
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        for (String scope : scopes) {
            if (!CLIENT_SCOPES.contains(scope)) {
                throw OAuthProblem.invalidScope("Scope " + scope + " is not allowed; allowed: user:read, "
                        + "user:read:admin");
            }
        }
        return String.join(" ", scopes);
    }
}
