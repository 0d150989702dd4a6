package dev.baton.engine;

import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.PkceSession;
import dev.baton.auth.RedirectTarget;
import dev.baton.auth.SignIn;
import dev.baton.auth.SignInDriver;
import dev.baton.auth.SignInException;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.model.NamedText;
import dev.baton.model.PkceAuth;
import dev.baton.model.Step;
import dev.baton.secret.OwnWords;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Completes an authorization request: fills sign-in and consent forms until the server redirects to the
 * redirect URI, reads {@code code}, {@code state} and {@code error} from that redirect into
 * {@code <<oauth.*>>} variables, and checks that {@code state} came back unchanged.
 */
final class AuthorizationStep {

    private static final String TAMPERED = OwnWords.phrase("expected Baton to catch a tampered state, but the server "
            + "returned the state Baton made");

    /** The variables an authorization step sets. */
    static final List<String> VARIABLES = List.of("oauth.code", "oauth.state", "oauth.error",
            "oauth.error_description");

    private final SignInDriver driver;
    private final Variables variables;
    private final Redactor redactor;
    private final PkceSession pkce;
    private final PkceAuth auth;

    AuthorizationStep(HttpSender sender, Variables variables, Redactor redactor, PkceSession pkce, PkceAuth auth) {
        this.driver = new SignInDriver(sender);
        this.variables = variables;
        this.redactor = redactor;
        this.pkce = pkce;
        this.auth = auth;
    }

    /** The parameters the PKCE helper adds to the authorization request. */
    Map<String, String> queryAdditions() {
        if (pkce == null) {
            return Map.of();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("code_challenge", pkce.codeChallenge());
        query.put("code_challenge_method", pkce.method().wireName());
        query.put("state", pkce.state());
        return query;
    }

    /** Follows the flow from the first response and returns the last one; records its checks. */
    HttpResult complete(Step step, OutgoingRequest sent, HttpResult first, Assertions assertions)
            throws TemplateException, TransportException {
        Map<String, String> sentQuery = Urls.parameters(sent.uri().getRawQuery());
        sentQuery.entrySet().stream().filter(e -> SecretNames.isSecret(e.getKey()))
                .forEach(e -> redactor.add(e.getValue()));
        String redirectUri = redirectUri(sentQuery);
        if (redirectUri == null) {
            throw new StepError(step.position() + ": cannot tell where the flow ends: add redirect_uri to the "
                    + "query, or redirectUri to the collection's auth block");
        }
        RedirectTarget target = target(step, redirectUri);
        HttpResult last = first;
        if (!pointsAt(first, target) && step.login() != null) {
            try {
                last = driver.drive(first, signIn(step), redirectUri);
            } catch (SignInException e) {
                assertions.fail("sign-in", "sign-in: " + e.getMessage());
                return last;
            }
        }
        if (pointsAt(last, target)) {
            readRedirect(step, last, sentQuery.get("state"), assertions);
        } else if (step.expectations().isEmpty()) {
            assertions.fail("redirect", "expected a redirect to " + redirectUri + " but got " + last.status() + " "
                    + last.mediaType() + (step.login() == null && last.mediaType().contains("html")
                    ? "; add 'login:' with the sign-in fields so that Baton fills the form" : ""));
        }
        return last;
    }

    private void readRedirect(Step step, HttpResult redirect, String sentState, Assertions assertions) {
        AuthorizationResponse response = AuthorizationResponse.fromUri(redirect.location().orElseThrow());
        capture("code", response.code(), true);
        capture("state", response.state(), true);
        capture("error", response.error(), false);
        capture("error_description", response.errorDescription(), false);
        checkState(step, response.state(), pkce != null ? pkce.state() : sentState, assertions);
        if (!step.expectations().isEmpty()) {
            return;
        }
        if (response.error() != null) {
            assertions.fail("redirect", "the authorization server redirected with error=" + response.error()
                    + Optional.ofNullable(response.errorDescription()).map(d -> " (" + d + ")").orElse(""));
        } else if (response.code() == null) {
            assertions.fail("redirect", "the redirect to the redirect URI carried no code");
        }
    }

    private void capture(String parameter, String value, boolean secret) {
        if (value != null) {
            variables.capture("oauth." + parameter, value, secret);
        }
    }

    private static void checkState(Step step, String returned, String expected, Assertions assertions) {
        if (step.stateMismatch()) {
            if (Objects.equals(returned, expected)) {
                assertions.fail("state", "state: " + TAMPERED);
            } else {
                assertions.pass("state mismatch");
            }
        } else if (expected != null && !expected.equals(returned)) {
            assertions.fail("state", "state: the authorization server returned " + (returned == null ? "no state"
                    : "a different state") + " than Baton sent; " + AuthorizationResponse.FORGED);
        } else if (expected != null) {
            assertions.pass("state");
        }
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
        String redirectUri = redirectUri(Urls.parameters(sent.uri().getRawQuery()));
        if (redirectUri == null) {
            throw new StepError("cannot tell where the flow ends: add redirect_uri to the query, or redirectUri to "
                    + "the collection's auth block");
        }
        return redirectUri;
    }

    private String redirectUri(Map<String, String> sentQuery) throws TemplateException {
        if (auth != null && auth.redirectUri() != null) {
            return variables.resolve(auth.redirectUri());
        }
        return sentQuery.get("redirect_uri");
    }

    private SignIn signIn(Step step) throws TemplateException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (NamedText field : step.login().fields()) {
            String value = variables.resolve(field.value());
            if (SecretNames.isSecret(field.name())) {
                redactor.add(value);
            }
            fields.put(field.name(), value);
        }
        return new SignIn(fields, step.login().formSelector(), step.login().submit(), step.login().maxPages());
    }

    private static boolean pointsAt(HttpResult result, RedirectTarget target) {
        return result.isRedirect() && result.location().map(target::matches).orElse(false);
    }
}
