package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /oauth/par}: the pushed authorization request endpoint (RFC 9126 §2). Authenticates the client as the
 * token endpoint does, checks the parameters as the authorization endpoint would, and answers 201 with a one-time
 * {@code request_uri} that the authorization endpoint takes instead of them, for 60 seconds.
 */
final class PushedAuthorizationEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-par";
    static final String PATH = "/oauth/par";

    PushedAuthorizationEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request);
        RegisteredClient client = ClientAuthenticator.authenticate(request, params, state);
        if (params.get("request_uri") != null) {
            throw OAuthProblem.invalidRequest("request_uri must not be pushed (RFC 9126 \u00a72.1)");
        }
        String clientId = params.get("client_id");
        if (clientId != null && !clientId.equals(client.id())) {
            throw OAuthProblem.invalidRequest("client_id differs from the authenticated client");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri != null && !client.allowsRedirectUri(redirectUri)) {
            throw OAuthProblem.invalidRequest("Invalid redirect_uri: " + redirectUri + " is not registered for "
                    + client.id());
        }
        PushedRequest pushed = state.push(client, params);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request_uri", pushed.requestUri());
        body.put("expires_in", SandboxState.PUSHED_REQUEST_TTL.toSeconds());
        return Responses.json(201, body).build();
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        return OAuthErrors.token(problem);
    }
}
