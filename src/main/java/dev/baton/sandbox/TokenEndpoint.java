package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /oauth/token}: authenticates the client, then redeems a code or a refresh token. Parameters come
 * from the form body or, as Zoom also accepts, the query string.
 */
final class TokenEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-token";

    private final CodeGrant codeGrant;
    private final RefreshGrant refreshGrant;

    TokenEndpoint(SandboxState state) {
        super(NAME, state);
        this.codeGrant = new CodeGrant(state);
        this.refreshGrant = new RefreshGrant(state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request).and(Params.query(request));
        RegisteredClient client = ClientAuthenticator.authenticate(request, params);
        TokenPair tokens = switch (params.require("grant_type")) {
            case "authorization_code" -> codeGrant.redeem(client, params);
            case "refresh_token" -> refreshGrant.refresh(client, params);
            default -> throw OAuthProblem.unsupportedGrantType(
                    "grant_type must be authorization_code or refresh_token");
        };
        return TokenResponses.success(tokens, state.accessTokenTtl());
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        return OAuthErrors.token(problem);
    }
}
