package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The verification URI of the device grant (RFC 8628 §3.3): {@code GET /device} shows the user-code and sign-in form
 * (the code filled in when {@code verification_uri_complete} carries it); {@code POST /device} checks the code and
 * the credentials and shows the consent; {@code POST /device/consent} records the user's decision and shows a page
 * telling them to go back to their device.
 */
final class DeviceVerificationEndpoint extends Endpoint {
    static final String NAME = "baton-sandbox-device-verification";
    static final String PATH = "/device";
    static final String CONSENT_PATH = "/device/consent";

    DeviceVerificationEndpoint(SandboxState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition handle(Request request) {
        if (request.getMethod().equals(RequestMethod.GET)) {
            return Responses.html(200, Pages.deviceSignIn(Params.query(request).get("user_code"), null)).build();
        }
        Params form = Params.form(request);
        String typed = form.get("user_code");
        DeviceAuthorization device = state.deviceAuthorizationByUserCode(typed);
        if (request.getUrl().startsWith(CONSENT_PATH)) {
            return decide(device, form);
        }
        if (device == null || device.decision() != DeviceAuthorization.Decision.PENDING) {
            return Responses.html(200, Pages.deviceSignIn(typed, "Unknown, expired or used code")).build();
        }
        if (!SandboxAccounts.USER_EMAIL.equalsIgnoreCase(form.get("email"))
                || !SandboxAccounts.USER_PASSWORD.equals(form.get("password"))) {
            return Responses.html(200, Pages.deviceSignIn(typed, "Incorrect email or password")).build();
        }
        return Responses.html(200, Pages.deviceConsent(device)).build();
    }

    private ResponseDefinition decide(DeviceAuthorization device, Params form) {
        if (device == null || !device.csrf().equals(form.get("csrf"))) {
            throw new PageProblem("Unknown code or invalid csrf token: start again at " + PATH);
        }
        String decision = form.get("decision");
        if (!"approve".equals(decision) && !"deny".equals(decision)) {
            throw new PageProblem("decision must be approve or deny");
        }
        if (!device.decide(decision.equals("approve"))) {
            throw new PageProblem("This device has already been decided");
        }
        return Responses.html(200, Pages.deviceDecided(decision.equals("approve"))).build();
    }
}
