package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /oauth/continue}: where the interstitial page's self-submitting form goes; checks the session and the
 * CSRF token and sends the browser on to the consent page.
 */
final class InterstitialEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-continue";

    InterstitialEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params form = Params.form(request);
        PendingAuthorization authorization = pendingFor(request, form.get("request_id"));
        checkCsrf(authorization, form.get("csrf"));
        if (!authorization.isSignedIn()) {
            throw new PageProblem("Sign in before continuing");
        }
        return Responses.redirect(303, Responses.consentPage(authorization));
    }
}
