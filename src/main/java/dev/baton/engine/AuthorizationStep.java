package dev.baton.engine;

import dev.baton.auth.Arrival;
import dev.baton.auth.AuthSession;
import dev.baton.auth.AuthorizationOutcome;
import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.BrowserHeaders;
import dev.baton.auth.RedirectTarget;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.auth.SignInException;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.model.Expectation;
import dev.baton.model.Step;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes an authorization request: fills sign-in and consent forms until the server sends the browser to the
 * redirect URI, reads the authorization response into {@code <<oauth.*>>} variables, and has
 * {@link AuthorizationOutcome} decide whether it passes.
 */
final class AuthorizationStep {

    /** The variables an authorization step sets. */
    static final List<String> VARIABLES = List.of("oauth.code", "oauth.state", "oauth.error",
            "oauth.error_description", "oauth.iss");

    private final SignInDriver driver;
    private final Variables variables;
    private final Redactor redactor;
    private final AuthSession auth;
    private Map<String, String> parameters = Map.of();
    private String denial;

    AuthorizationStep(HttpSender sender, Variables variables, Redactor redactor, AuthSession auth) {
        this.driver = new SignInDriver(sender);
        this.variables = variables;
        this.redactor = redactor;
        this.auth = auth;
    }

    /** The authorization request as a browser navigates to it: with the headers of a top-level navigation. */
    OutgoingRequest navigation(Step step, OutgoingRequest request) throws TemplateException {
        return headers(step, request).apply(request);
    }

    /** What the authorization server sent to the redirect URI in the last attempt; empty when it sent nothing. */
    Map<String, String> parameters() {
        return parameters;
    }

    /** Why the last attempt was refused by the server, with its description, for the steps that are skipped. */
    Optional<String> denial() {
        return Optional.ofNullable(denial);
    }

    /** Follows the flow from the first response and returns the last one; records its checks. */
    HttpResult complete(Step step, OutgoingRequest sent, HttpResult first, Assertions assertions)
            throws TemplateException, TransportException {
        parameters = Map.of();
        denial = null;
        Map<String, String> sentQuery = Urls.parameters(sent.uri().getRawQuery());
        sentQuery.entrySet().stream().filter(e -> SecretNames.isSecret(e.getKey()))
                .forEach(e -> redactor.add(e.getValue()));
        String redirectUri;
        try {
            redirectUri = redirectUriOf(sent);
        } catch (StepError e) {
            throw new StepError(step.position() + ": " + e.getMessage());
        }
        RedirectTarget target = target(step, redirectUri);
        Arrival arrival = null;
        if (pointsAt(first, target)) {
            arrival = new Arrival(first, AuthorizationResponse.fromUri(first.location().orElseThrow()),
                    Arrival.Via.REDIRECT, List.of(), Optional.empty());
        } else if (step.login() != null) {
            try {
                arrival = driver.drive(first, signIn(step, sent, sentQuery), redirectUri);
            } catch (SignInException e) {
                assertions.fail("sign-in", "sign-in: " + e.getMessage());
                return first;
            }
        }
        if (arrival == null) {
            if (step.expectations().isEmpty()) {
                assertions.fail("redirect", "expected a redirect to " + redirectUri + " but got " + first.status()
                        + " " + first.mediaType() + (first.mediaType().contains("html")
                        ? "; add 'login:' with the sign-in fields so that Baton fills the form" : ""));
            }
            return first;
        }
        read(step, arrival, sentQuery.get("state"), assertions);
        return arrival.last();
    }

    private void read(Step step, Arrival arrival, String sentState, Assertions assertions)
            throws TemplateException {
        AuthorizationResponse response = arrival.response();
        parameters = response.parameters();
        parameters.forEach((name, value) -> variables.capture("oauth." + name, value,
                SecretNames.isSecret(name)));
        denial = AuthorizationOutcome.denial(response).orElse(null);
        List<String> expected = step.expectations().stream().filter(e -> e.query().kind().equals("oauth"))
                .map(Expectation::argument).map(a -> a.raw()).toList();
        var outcome = new AuthorizationOutcome.Expected(expected.contains("error"), !expected.isEmpty(),
                step.stateMismatch(), auth.state().orElse(sentState), expectedIssuer());
        for (AuthorizationOutcome.Check check : AuthorizationOutcome.checks(response, outcome)) {
            if (check.passed()) {
                assertions.pass(check.label());
            } else {
                assertions.fail(check.label(), check.failure());
            }
        }
        arrival.unused().ifPresent(why -> assertions.fail("sign-in", "sign-in: " + why));
    }

    private String expectedIssuer() throws TemplateException {
        var written = auth.issuer();
        if (written.isPresent()) {
            return written.get();
        }
        return variables.isDefined("issuer") ? variables.valueOf("issuer", null) : null;
    }

    private static RedirectTarget target(Step step, String redirectUri) {
        try {
            return RedirectTarget.of(redirectUri);
        } catch (SignInException e) {
            throw new StepError(step.position() + ": " + e.getMessage());
        }
    }

    /** Where the flow of this authorization request ends, or a {@link StepError} when it cannot be told. */
    String redirectUriOf(OutgoingRequest sent) throws TemplateException {
        String redirectUri = auth.redirectUri()
                .orElseGet(() -> Urls.parameters(sent.uri().getRawQuery()).get("redirect_uri"));
        if (redirectUri == null) {
            throw new StepError("cannot tell where the flow ends: add redirect_uri to the query, or redirectUri to "
                    + "the collection's auth block");
        }
        return redirectUri;
    }

    private SignIn signIn(Step step, OutgoingRequest sent, Map<String, String> sentQuery) throws TemplateException {
        return SignInSettings.of(step.login(), variables, redactor, sentQuery.get("scope"), sent.headers());
    }

    private BrowserHeaders headers(Step step, OutgoingRequest request) throws TemplateException {
        return SignInSettings.headers(step.login(), variables, request.headers());
    }

    private static boolean pointsAt(HttpResult result, RedirectTarget target) {
        return result.isRedirect() && result.location().map(target::matches).orElse(false);
    }
}
