package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.Arrays;
import java.util.List;

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
        if (state.has(SandboxSwitch.HTML_ONLY) && !acceptsHtml(request)) {
            return Responses.html(401, "").withHeader("WWW-Authenticate", "Bearer").withBody("").build();
        }
        Params query = pushedOrWritten(Params.query(request));
        String sentRedirectUri = query.get("redirect_uri");
        var found = RegisteredClient.find(query.require("client_id"));
        if (found.isEmpty() || sentRedirectUri != null && !allows(found.get(), sentRedirectUri)) {
            String why = found.isEmpty() ? "Invalid client_id: no application is registered as "
                    + query.get("client_id") : "Invalid redirect_uri: " + sentRedirectUri + " is not registered for "
                    + found.get().id();
            if (state.has(SandboxSwitch.OPEN_REDIRECT) && sentRedirectUri != null) {
                return Responses.errorRedirect(state, new AuthorizationTarget(sentRedirectUri, query.first("state")),
                        OAuthProblem.invalidRequest(why));
            }
            throw new PageProblem(why);
        }
        RegisteredClient client = found.get();
        String redirectUri = sentRedirectUri != null ? sentRedirectUri : client.defaultRedirectUri();
        AuthorizationTarget target = new AuthorizationTarget(redirectUri, query.first("state"));
        if (state.has(SandboxSwitch.IMPLICIT) && "token".equals(query.get("response_type"))) {
            return implicit(client, target);
        }
        try {
            AuthorizationRequest authorization = validate(query, client, redirectUri, sentRedirectUri != null);
            boolean formPost = state.has(SandboxSwitch.FORM_POST) && "form_post".equals(query.get("response_mode"));
            PendingAuthorization pending = state.startAuthorization(authorization, formPost);
            String page = state.has(SandboxSwitch.JAVASCRIPT) ? Pages.scriptedSignIn(pending)
                    : Pages.signIn(pending, null, null);
            var answer = Responses.html(200, page)
                    .withHeader("Set-Cookie", Responses.sessionCookie(pending.sessionId(),
                            state.has(SandboxSwitch.SECURE_COOKIES)));
            if (state.has(SandboxSwitch.CORS_AUTHORIZE)) {
                answer = answer.withHeader("Access-Control-Allow-Origin", "*");
            }
            return answer.build();
        } catch (OAuthProblem problem) {
            return Responses.errorRedirect(state, target, problem);
        }
    }

    /**
     * The parameters of the request: those pushed under its {@code request_uri} (RFC 9126 §4), for the same client;
     * else those written, which a sandbox with {@code require-par} refuses (§5).
     */
    private Params pushedOrWritten(Params query) {
        String requestUri = query.get("request_uri");
        if (requestUri == null) {
            if (state.has(SandboxSwitch.REQUIRE_PAR)) {
                throw new PageProblem("Pushed authorization requests are required: push the parameters to "
                        + PushedAuthorizationEndpoint.PATH + " and send client_id and request_uri (RFC 9126 "
                        + "\u00a75)");
            }
            return query;
        }
        PushedRequest pushed = state.takePushed(requestUri);
        if (pushed == null) {
            throw new PageProblem("Invalid request_uri: unknown, used or expired");
        }
        if (!pushed.clientId().equals(query.get("client_id"))) {
            throw new PageProblem("Invalid request_uri: it was pushed by another client");
        }
        return pushed.params();
    }

    /** Like a widely used server: only a request that accepts {@code text/html} is sent to the sign-in page. */
    private static boolean acceptsHtml(Request request) {
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"));
    }

    /** With {@code prefix-redirect-uris}, a URI that a registered one is a prefix of passes too. */
    private boolean allows(RegisteredClient client, String redirectUri) {
        return client.allowsRedirectUri(redirectUri) || state.has(SandboxSwitch.PREFIX_REDIRECT_URIS)
                && client.redirectUris().stream().anyMatch(redirectUri::startsWith);
    }

    /** The {@code implicit} weak mode: an access token in the fragment at once, as the implicit grant sends it. */
    private ResponseDefinition implicit(RegisteredClient client, AuthorizationTarget target) {
        IssuedToken token = state.issueAccessToken(client.id());
        String fragment = "access_token=" + token.value() + "&token_type=bearer&expires_in="
                + state.accessTokenTtl().toSeconds() + (target.state() == null ? "" : "&state="
                + java.net.URLEncoder.encode(target.state(), java.nio.charset.StandardCharsets.UTF_8));
        return Responses.redirect(302, target.redirectUri() + "#" + fragment);
    }

    private AuthorizationRequest validate(Params query, RegisteredClient client, String redirectUri,
                                          boolean redirectUriSent) {
        String responseType = query.require("response_type");
        if (!"code".equals(responseType)) {
            throw OAuthProblem.unsupportedResponseType("response_type must be code");
        }
        String stateParam = query.get("state");
        List<String> scopes = query.get("scope") == null ? List.of()
                : Arrays.stream(query.get("scope").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        String nonce = query.get("nonce");
        String challenge = query.get("code_challenge");
        String methodName = query.get("code_challenge_method");
        if (challenge == null) {
            if (methodName != null) {
                throw OAuthProblem.invalidRequest("code_challenge_method was sent without a code_challenge");
            }
            if (client.isPublic() && !state.has(SandboxSwitch.OPTIONAL_PKCE)
                    && !state.has(SandboxSwitch.PKCE_DOWNGRADE)) {
                throw OAuthProblem.invalidRequest("Public clients must use PKCE: code_challenge required");
            }
            return new AuthorizationRequest(client, redirectUri, redirectUriSent, stateParam, null, null, scopes, nonce);
        }
        ChallengeMethod method = methodName == null ? ChallengeMethod.PLAIN : ChallengeMethod.fromWire(methodName);
        if (method == null) {
            throw OAuthProblem.invalidRequest("code_challenge_method must be S256");
        }
        if (method == ChallengeMethod.PLAIN && !state.has(SandboxSwitch.ACCEPT_PLAIN)) {
            throw OAuthProblem.invalidRequest("code_challenge_method plain is not accepted: use S256 "
                    + "(RFC 9700 section 2.1.1)");
        }
        if (!PkceVerifier.isWellFormed(challenge)) {
            throw OAuthProblem.invalidRequest(
                    "code_challenge must be 43-128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 section 4.2)");
        }
        return new AuthorizationRequest(client, redirectUri, redirectUriSent, stateParam, challenge, method, scopes,
                nonce);
    }
}
