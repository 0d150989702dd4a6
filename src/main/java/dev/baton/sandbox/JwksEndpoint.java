package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code GET /oauth/jwks}: the public keys that verify the sandbox's ID tokens (RFC 7517 §5). */
final class JwksEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-jwks";
    static final String PATH = "/oauth/jwks";

    JwksEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        return Responses.json(200, state.idTokens().jwks()).withHeader("Content-Type", "application/jwk-set+json")
                .build();
    }
}
