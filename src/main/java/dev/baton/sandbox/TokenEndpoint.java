package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /oauth/token}: authenticates the client, then redeems a code or a refresh token, or issues a token to
 * the client itself ({@code client_credentials}) or to its account ({@code account_credentials}, Zoom's
 * Server-to-Server OAuth). Parameters come from the form body or, as Zoom also accepts, the query string.
 */
final class TokenEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-token";
    static final String PATH = "/oauth/token";

    private final CodeGrant codeGrant;
    private final RefreshGrant refreshGrant;
    private final ClientGrant clientGrant;
    private final DeviceCodeGrant deviceGrant;

    TokenEndpoint(SandboxState state) {
        super(NAME, state);
        this.codeGrant = new CodeGrant(state);
        this.refreshGrant = new RefreshGrant(state);
        this.clientGrant = new ClientGrant(state);
        this.deviceGrant = new DeviceCodeGrant(state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params params = Params.form(request).and(Params.query(request));
        RegisteredClient client = ClientAuthenticator.authenticate(request, params, state);
        String jkt = DpopProofCheck.check(request, state.issuer() + PATH, null, state);
        return switch (params.require("grant_type")) {
            case "authorization_code" -> issued(codeGrant.redeem(client, params), jkt);
            case "refresh_token" -> issued(refreshGrant.refresh(client, params), jkt);
            case DeviceCodeGrant.GRANT_TYPE -> issued(deviceGrant.redeem(client, params), jkt);
            case "client_credentials" -> clientGrant.clientCredentials(client, params);
            case "account_credentials" -> clientGrant.accountCredentials(client, params);
            case "password" -> {
                if (!state.has(SandboxSwitch.PASSWORD_GRANT)) {
                    throw OAuthProblem.unsupportedGrantType("grant_type password is not supported");
                }
                if (!SandboxAccounts.USER_EMAIL.equals(params.get("username"))
                        || !SandboxAccounts.USER_PASSWORD.equals(params.get("password"))) {
                    throw OAuthProblem.invalidGrant("Invalid credentials", "Wrong username or password");
                }
                yield TokenResponses.success(state.issueTokens(client.id(), Randoms.token()),
                        state.accessTokenTtl());
            }
            default -> throw OAuthProblem.unsupportedGrantType("grant_type must be authorization_code, "
                    + "refresh_token, client_credentials, account_credentials or " + DeviceCodeGrant.GRANT_TYPE);
        };
    }

    /** The tokens, bound to the DPoP key of the request when it sent a proof (RFC 9449 §5). */
    private ResponseDefinition issued(TokenPair tokens, String jkt) {
        if (jkt == null) {
            return TokenResponses.success(tokens, state.accessTokenTtl());
        }
        state.bindDpop(tokens.access().value(), jkt);
        return TokenResponses.success(tokens, state.accessTokenTtl(), "DPoP");
    }

    @Override
    ResponseDefinition onProblem(OAuthProblem problem) {
        ResponseDefinition answer = OAuthErrors.token(problem);
        return problem.error().equals("use_dpop_nonce") ? com.github.tomakehurst.wiremock.client
                .ResponseDefinitionBuilder.like(answer).withHeader("DPoP-Nonce", state.dpopNonce()).build() : answer;
    }
}
