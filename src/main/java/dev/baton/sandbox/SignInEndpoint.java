package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /signin}: checks the session cookie, the CSRF token and the credentials, then sends the browser
 * on to the consent page with a 303.
 */
final class SignInEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-signin";

    SignInEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        Params form = Params.form(request);
        PendingAuthorization authorization = pendingFor(request, form.get("request_id"));
        checkCsrf(authorization, form.get("csrf"));
        String email = form.get("email");
        if (!SandboxAccounts.USER_EMAIL.equalsIgnoreCase(email)
                || !SandboxAccounts.USER_PASSWORD.equals(form.get("password"))) {
            return Responses.html(200, Pages.signIn(authorization, email, "Incorrect email or password")).build();
        }
        authorization.markSignedIn();
        String consent = Responses.consentPage(authorization);
        if (state.has(SandboxSwitch.META_REFRESH)) {
            return Responses.html(200, Pages.refreshTo(consent)).build();
        }
        if (state.has(SandboxSwitch.INTERSTITIAL)) {
            return Responses.html(200, Pages.interstitial(authorization)).build();
        }
        return Responses.redirect(state.has(SandboxSwitch.REDIRECT_307) ? 307 : 303, consent);
    }
}
