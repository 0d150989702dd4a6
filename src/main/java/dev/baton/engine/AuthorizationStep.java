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
import dev.baton.auth.SignInSettings;
import dev.baton.browser.ChromiumInstall;
import dev.baton.browser.HeadlessSignIn;
import dev.baton.browser.SignInCookies;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.model.Expectation;
import dev.baton.model.OAuthRole;
import dev.baton.model.SignInEngine;
import dev.baton.model.Step;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes an authorization request: fills sign-in and consent forms until the server sends the browser to the
 * redirect URI, reads the authorization response into {@code <<oauth.*>>} variables, and has
 * {@link AuthorizationOutcome} decide whether it passes.
 */
final class AuthorizationStep {

    private static final String NO_CHROMIUM = "'browser: auto' found no Chromium to go on with: "
            + ChromiumInstall.INSTALL_COMMAND;

    private final SignInLegSecrets legSecrets;
    private final SignInDriver driver;
    private final SignInEngine runEngine;
    private final SignInCookies cookies;
    private final Variables variables;
    private final Redactor redactor;
    private final AuthSession auth;
    private Map<String, String> parameters = Map.of();
    private List<Path> screenshots = List.of();
    private String denial;

    AuthorizationStep(HttpSender sender, Variables variables, Redactor redactor, AuthSession auth,
                      SignInEngine runEngine, SignInCookies cookies) {
        this.legSecrets = new SignInLegSecrets(sender, redactor);
        this.driver = new SignInDriver(legSecrets, redactor);
        this.runEngine = runEngine;
        this.cookies = cookies;
        this.variables = variables;
        this.redactor = redactor;
        this.auth = auth;
    }

    /** Who fills the sign-in pages of the step: its {@code login: {browser:}}, else the run's choice. */
    SignInEngine engine(Step step) {
        return step.login() == null ? SignInEngine.HTML : step.login().engine(runEngine);
    }

    /** The authorization request as a browser navigates to it: with the headers of a top-level navigation. */
    OutgoingRequest navigation(Step step, OutgoingRequest request) throws TemplateException {
        return headers(step, request).apply(request);
    }

    /** What the authorization server sent to the redirect URI in the last attempt; empty when it sent nothing. */
    Map<String, String> parameters() {
        return parameters;
    }

    /** The pictures of the pages of a headless sign-in that failed in the last attempt; else none. */
    List<Path> screenshots() {
        return screenshots;
    }

    /** Why the last attempt was refused by the server, with its description, for the steps that are skipped. */
    Optional<String> denial() {
        return Optional.ofNullable(denial);
    }

    /**
     * Follows the flow from the first response and returns the last one; records its checks. With headless Chromium
     * there is no first response ({@code null}): the browser sends the authorization request itself.
     *
     * @param written the authorization request as the step wrote it, whose parameters the response is checked against
     * @param sent    the request the browser sent: the written one, or with pushed parameters (RFC 9126) the one
     *                that names them
     */
    HttpResult complete(Step step, OutgoingRequest written, OutgoingRequest sent, HttpResult first,
                        Assertions assertions) throws TemplateException, TransportException {
        parameters = Map.of();
        screenshots = List.of();
        denial = null;
        Map<String, String> sentQuery = Urls.parameters(written.uri().getRawQuery());
        sentQuery.entrySet().stream().filter(e -> SecretNames.isSecret(e.getKey()))
                .forEach(e -> redactor.add(e.getValue()));
        String redirectUri;
        try {
            redirectUri = redirectUriOf(written);
        } catch (StepError e) {
            throw new StepError(step.position() + ": " + e.getMessage());
        }
        RedirectTarget target = target(step, redirectUri);
        Arrival arrival = null;
        if (first == null) {
            arrival = headless(step, sent, sentQuery, redirectUri, assertions);
            if (arrival == null) {
                return nothingFromChromium(sent);
            }
        } else if (pointsAt(first, target)) {
            arrival = new Arrival(first, AuthorizationResponse.fromUri(first.location().orElseThrow()),
                    Arrival.Via.REDIRECT, List.of(), Optional.empty());
        } else if (step.login() != null) {
            try {
                arrival = driver.drive(legSecrets.received(first), signIn(step, sent, sentQuery), redirectUri);
            } catch (SignInException e) {
                if (!fallsBack(step, e)) {
                    assertions.fail("sign-in", "sign-in: " + e.getMessage() + (engine(step) == SignInEngine.AUTO
                            && e.needsScripts() ? "\n(" + NO_CHROMIUM + ")" : ""));
                    return first;
                }
                assertions.pass("sign-in: headless Chromium, as the HTML driver cannot go on: "
                        + e.getMessage().lines().findFirst().orElse(""));
                arrival = headless(step, sent, sentQuery, redirectUri, assertions);
                if (arrival == null) {
                    return first;
                }
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

    /** With {@code browser: auto}, a page that needs JavaScript is signed in to with Chromium, when there is one. */
    private boolean fallsBack(Step step, SignInException e) {
        return engine(step) == SignInEngine.AUTO && e.needsScripts() && ChromiumInstall.find().isPresent();
    }

    /** The sign-in in headless Chromium, from the authorization request; {@code null} when it failed the step. */
    private Arrival headless(Step step, OutgoingRequest sent, Map<String, String> sentQuery, String redirectUri,
                             Assertions assertions) throws TemplateException {
        try {
            return HeadlessSignIn.signIn(sent, signIn(step, sent, sentQuery), redirectUri,
                    step.login().deadline(SignInEngine.HEADLESS), cookies);
        } catch (SignInException e) {
            assertions.fail("sign-in", "sign-in: " + e.getMessage());
            screenshots = e.screenshots();
            return null;
        }
    }

    /** The step's response when Chromium got nowhere: none, which the step's own expectations see as status 0. */
    private static HttpResult nothingFromChromium(OutgoingRequest sent) {
        return new HttpResult(sent, 0, "no response: the sign-in in Chromium failed", List.of(), new byte[0],
                StandardCharsets.UTF_8, 0, Map.of());
    }

    private void read(Step step, Arrival arrival, String sentState, Assertions assertions)
            throws TemplateException {
        AuthorizationResponse response = arrival.response();
        parameters = response.parameters();
        for (String name : OAuthRole.AUTHORIZATION_RESPONSE) {
            if (parameters.containsKey(name)) {
                variables.capture(OAuthRole.variable(name), parameters.get(name), SecretNames.isSecret(name));
            }
        }
        denial = AuthorizationOutcome.denial(response).orElse(null);
        List<String> expected = step.expectations().stream().filter(e -> e.query().kind().equals("oauth"))
                .map(Expectation::argument).map(a -> a.raw()).toList();
        var outcome = new AuthorizationOutcome.Expected(expected.contains("error"), !expected.isEmpty(),
                step.stateMismatch(), auth.state().orElse(sentState), expectedIssuer());
        assertions.record(AuthorizationOutcome.checks(response, outcome));
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
