package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code GET /oauth/authorize} (and Zoom's {@code GET /oauth/token?response_type=code} alias): validates the
 * request and shows the sign-in page. A bad client or redirect URI gets the error page, since there is nowhere
 * safe to redirect; any other error is redirected to the client (RFC 6749 §4.1.2.1).
 */
final class AuthorizationEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-authorize";

    AuthorizationEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params query = Params.query(request);
        RegisteredClient client = RegisteredClient.find(query.require("client_id")).orElseThrow(
                () -> new PageProblem("Invalid client_id: no application is registered as "
                        + query.get("client_id")));
        String sentRedirectUri = query.get("redirect_uri");
        if (sentRedirectUri != null && !client.allowsRedirectUri(sentRedirectUri)) {
            throw new PageProblem("Invalid redirect_uri: " + sentRedirectUri + " is not registered for "
                    + client.id());
        }
        String redirectUri = sentRedirectUri != null ? sentRedirectUri : client.defaultRedirectUri();
        AuthorizationTarget target = new AuthorizationTarget(redirectUri, query.first("state"));
        try {
            AuthorizationRequest authorization = validate(query, client, redirectUri, sentRedirectUri != null);
            PendingAuthorization pending = state.startAuthorization(authorization);
            return Responses.html(200, Pages.signIn(pending, null, null))
                    .withHeader("Set-Cookie", Responses.sessionCookie(pending.sessionId()))
                    .build();
        } catch (OAuthProblem problem) {
            return Responses.errorRedirect(target, problem);
        }
    }

    private static AuthorizationRequest validate(Params query, RegisteredClient client, String redirectUri,
                                                 boolean redirectUriSent) {
        String responseType = query.require("response_type");
        if (!"code".equals(responseType)) {
            throw OAuthProblem.unsupportedResponseType("response_type must be code");
        }
        String stateParam = query.get("state");
        String challenge = query.get("code_challenge");
        String methodName = query.get("code_challenge_method");
        if (challenge == null) {
            if (methodName != null) {
                throw OAuthProblem.invalidRequest("code_challenge_method was sent without a code_challenge");
            }
            if (client.isPublic()) {
                throw OAuthProblem.invalidRequest("Public clients must use PKCE: code_challenge required");
            }
            return new AuthorizationRequest(client, redirectUri, redirectUriSent, stateParam, null, null);
        }
        ChallengeMethod method = methodName == null ? ChallengeMethod.PLAIN : ChallengeMethod.fromWire(methodName);
        if (method == null) {
            throw OAuthProblem.invalidRequest("code_challenge_method must be S256 or plain");
        }
        if (!PkceVerifier.isWellFormed(challenge)) {
            throw OAuthProblem.invalidRequest(
                    "code_challenge must be 43-128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 section 4.2)");
        }
        return new AuthorizationRequest(client, redirectUri, redirectUriSent, stateParam, challenge, method);
    }
}
