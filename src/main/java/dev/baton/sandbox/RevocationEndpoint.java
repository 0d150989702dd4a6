package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /oauth/revoke}: token revocation (RFC 7009 §2.1). The client authenticates as at the token endpoint;
 * an access token of its own stops working, a refresh token takes every token of its grant with it; a token the
 * sandbox does not know is answered 200 as well (§2.2), one issued to another client is refused.
 */
final class RevocationEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-revoke";
    static final String PATH = "/oauth/revoke";

    RevocationEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request);
        RegisteredClient client = ClientAuthenticator.authenticate(request, params, state);
        String value = params.require("token");
        IssuedToken refresh = state.refreshToken(value);
        IssuedToken access = state.accessToken(value);
        IssuedToken token = refresh != null ? refresh : access;
        if (token != null && !token.clientId().equals(client.id())) {
            throw OAuthProblem.invalidRequest("The token was issued to another client");
        }
        if (refresh != null) {
            state.revokeGrant(refresh.grantId());
        } else if (access != null) {
            state.revokeAccessToken(access);
        }
        return Responses.json(200, java.util.Map.of()).build();
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        return OAuthErrors.token(problem);
    }
}
