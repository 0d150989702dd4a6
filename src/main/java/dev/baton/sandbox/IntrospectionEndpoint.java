package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /oauth/introspect}: token introspection (RFC 7662 §2.1) for an authenticated client. An access or
 * refresh token in use is {@code active: true} with its {@code client_id}, {@code scope}, {@code token_type},
 * {@code exp} and {@code sub}; any other (unknown, expired, revoked) is {@code {"active": false}} alone (§2.2).
 */
final class IntrospectionEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-introspect";
    static final String PATH = "/oauth/introspect";

    IntrospectionEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request);
        ClientAuthenticator.authenticate(request, params, state);
        String value = params.require("token");
        IssuedToken access = state.accessToken(value);
        IssuedToken refresh = state.refreshToken(value);
        IssuedToken token = access != null ? access : refresh;
        Map<String, Object> body = new LinkedHashMap<>();
        if (token == null || token.isExpiredAt(state.now())) {
            body.put("active", false);
            return Responses.json(200, body).build();
        }
        body.put("active", true);
        body.put("client_id", token.clientId());
        body.put("scope", TokenResponses.SCOPE);
        body.put("token_type", access != null ? "Bearer" : "refresh_token");
        body.put("exp", token.expiresAt().getEpochSecond());
        body.put("sub", IdTokens.SUBJECT);
        body.put("iss", state.issuer());
        return Responses.json(200, body).build();
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        return OAuthErrors.token(problem);
    }
}
