package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /oauth/consent} shows the approve/deny page to a signed-in session; {@code POST /oauth/consent}
 * ends the pending authorization with a code or {@code access_denied}, redirected to the client.
 */
final class ConsentEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-consent";

    ConsentEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        if (request.getMethod().equals(RequestMethod.GET)) {
            PendingAuthorization authorization = signedIn(request, Params.query(request).get("request_id"));
            return Responses.html(200, Pages.consent(authorization)).build();
        }
        Params form = Params.form(request);
        PendingAuthorization authorization = signedIn(request, form.get("request_id"));
        checkCsrf(authorization, form.get("csrf"));
        String decision = form.get("decision");
        if (!"approve".equals(decision) && !"deny".equals(decision)) {
            throw new PageProblem("decision must be approve or deny");
        }
        if (!state.finish(authorization)) {
            throw new PageProblem("This authorization request has already been decided");
        }
        AuthorizationRequest authorized = authorization.request();
        AuthorizationTarget target = new AuthorizationTarget(authorized.redirectUri(), authorized.state());
        if (decision.equals("deny")) {
            return Responses.errorRedirect(target, OAuthProblem.accessDenied("The user denied the request"));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", state.issueCode(authorized));
        params.put("state", authorized.state());
        return Responses.redirect(302, Responses.withQuery(authorized.redirectUri(), params));
    }

    private PendingAuthorization signedIn(Request request, String requestId) {
        PendingAuthorization authorization = pendingFor(request, requestId);
        if (!authorization.isSignedIn()) {
            throw new PageProblem("Sign in before approving or denying access");
        }
        return authorization;
    }
}
