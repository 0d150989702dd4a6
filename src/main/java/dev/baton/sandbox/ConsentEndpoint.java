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
            String page = state.has(SandboxSwitch.CHECKBOX_CONSENT) ? Pages.checkboxConsent(authorization)
                    : state.has(SandboxSwitch.JAVASCRIPT) ? Pages.scriptedConsent(authorization)
                    : Pages.consent(authorization);
            return Responses.html(200, page).build();
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
        if (decision.equals("deny") || state.has(SandboxSwitch.DENY_CONSENT)) {
            return Responses.toClient(state, authorization, Responses.errorParams(
                    OAuthProblem.accessDenied("The user denied the request"), authorized.state()));
        }
        if (state.has(SandboxSwitch.CHECKBOX_CONSENT) && form.all("scope").isEmpty()) {
            return Responses.toClient(state, authorization, Responses.errorParams(
                    OAuthProblem.accessDenied("No scope was approved"), authorized.state()));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", state.issueCode(authorized));
        params.put("state", authorized.state());
        return Responses.toClient(state, authorization, params);
    }

    private PendingAuthorization signedIn(Request request, String requestId) {
        PendingAuthorization authorization = pendingFor(request, requestId);
        if (!authorization.isSignedIn()) {
            throw new PageProblem("Sign in before approving or denying access");
        }
        return authorization;
    }
}
