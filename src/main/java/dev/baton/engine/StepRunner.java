package dev.baton.engine;

import dev.baton.auth.PkceSession;
import dev.baton.check.CaptureReader;
import dev.baton.check.CheckException;
import dev.baton.check.ExpectationChecker;
import dev.baton.check.ResponseView;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Redirects;
import dev.baton.http.TransportException;
import dev.baton.model.Capture;
import dev.baton.model.Expectation;
import dev.baton.model.OAuthRole;
import dev.baton.model.PkceAuth;
import dev.baton.model.Step;
import dev.baton.secret.Redactor;
import dev.baton.secret.ResponseSecrets;
import dev.baton.secret.SecretNames;
import dev.baton.template.Functions;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Runs one step: render, send, complete an authorization flow, capture, check, and retry when asked. */
final class StepRunner {

    private static final int MAX_REDIRECTS = 10;

    private final HttpSender sender;
    private final Variables variables;
    private final Redactor redactor;
    private final PkceSession pkce;
    private final RequestRenderer renderer;
    private final AuthorizationStep authorization;
    private final CaptureReader captures = new CaptureReader();
    private final ExpectationChecker checker = new ExpectationChecker();
    private Assertions assertions = new Assertions();
    private final Map<String, String> captured = new LinkedHashMap<>();

    private final BearerToken bearer;

    StepRunner(HttpSender sender, Variables variables, Redactor redactor, PkceSession pkce, PkceAuth auth,
               BearerToken bearer) {
        this.bearer = bearer;
        this.sender = sender;
        this.variables = variables;
        this.redactor = redactor;
        this.pkce = pkce;
        this.renderer = new RequestRenderer(variables, redactor);
        this.authorization = new AuthorizationStep(sender, variables, redactor, pkce, auth);
    }

    /** Runs the step, with its retries; throws {@link StepFailure} or {@link StepError} when it does not pass. */
    void run(Step step) {
        captured.clear();
        int tries = step.retry() == null ? 1 : step.retry().count() + 1;
        for (int attempt = 1; ; attempt++) {
            assertions = new Assertions();
            boolean last = attempt == tries;
            try {
                ResponseView response = attempt(step);
                if (last || done(step, response)) {
                    break;
                }
            } catch (StepError e) {
                if (last) {
                    throw e;
                }
            }
            pause(step.retry().delay());
        }
        if (!assertions.failures().isEmpty()) {
            throw new StepFailure(redactor.mask(String.join("\n", assertions.failures())));
        }
    }

    /** Why the server refused the last authorization, when it did. */
    Optional<String> denial() {
        return authorization.denial();
    }

    /** The checks of the last attempt. */
    Assertions assertions() {
        return assertions;
    }

    /** What the last attempt captured, masked. */
    Map<String, String> captured() {
        Map<String, String> masked = new LinkedHashMap<>();
        captured.forEach((name, value) -> masked.put(name, redactor.mask(value)));
        return masked;
    }

    private boolean done(Step step, ResponseView response) {
        if (step.retry().until().isEmpty()) {
            return assertions.failures().isEmpty();
        }
        try {
            for (Expectation condition : step.retry().until()) {
                if (!checker.check(response, condition, text -> Resolving.resolve(variables, text)).isEmpty()) {
                    return false;
                }
            }
            return true;
        } catch (CheckException | Resolving.Failed e) {
            return false;
        }
    }

    private ResponseView attempt(Step step) {
        try {
            OutgoingRequest request = renderer.render(step, additions(step));
            if (step.oauth() == OAuthRole.AUTHORIZE) {
                request = authorization.navigation(step, request);
            }
            HttpResult result = step.login() != null && step.login().browser()
                    ? BrowserAuthorization.await(request, authorization.redirectUriOf(request), step.login().browserWait())
                    : send(request, step.followRedirects());
            if (step.oauth() == OAuthRole.AUTHORIZE) {
                result = authorization.complete(step, request, result, assertions);
            }
            ResponseView view = new ResponseView(result, redactor::mask,
                    step.oauth() == OAuthRole.AUTHORIZE ? authorization.parameters() : Map.of());
            registerSecrets(view);
            capture(step, view);
            for (Expectation expectation : step.expectations()) {
                assertions.check(expectation.label(),
                        checker.check(view, expectation, text -> Resolving.resolve(variables, text)));
            }
            return view;
        } catch (TemplateException e) {
            throw new StepError(redactor.mask(e.position() + ": " + e.getMessage()));
        } catch (Resolving.Failed e) {
            throw new StepError(redactor.mask(e.cause().position() + ": " + e.cause().getMessage()));
        } catch (TransportException e) {
            throw new StepError(redactor.mask(e.getMessage()));
        } catch (CheckException e) {
            throw new StepError(redactor.mask((e.position() == null ? "" : e.position() + ": ") + e.getMessage()));
        }
    }

    private RequestRenderer.Additions additions(Step step) {
        Map<String, String> headers = bearer.get().filter(token -> sendsNoCredentials(step))
                .map(token -> Map.of("Authorization", "Bearer " + token)).orElse(Map.of());
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            return new RequestRenderer.Additions(authorization.queryAdditions(), Map.of(), headers);
        }
        if (step.oauth() == OAuthRole.TOKEN && pkce != null) {
            return new RequestRenderer.Additions(Map.of(), Map.of("code_verifier", pkce.codeVerifier()), headers);
        }
        return new RequestRenderer.Additions(Map.of(), Map.of(), headers);
    }

    private static boolean sendsNoCredentials(Step step) {
        return step.request().auth() == null && step.request().headers().stream()
                .noneMatch(h -> h.name().equalsIgnoreCase("Authorization"));
    }

    private HttpResult send(OutgoingRequest request, boolean followRedirects) throws TransportException {
        HttpResult result = sender.send(request);
        for (int i = 0; followRedirects && Redirects.isFollowed(result) && i < MAX_REDIRECTS; i++) {
            var location = result.location();
            if (location.isEmpty()) {
                break;
            }
            result = sender.send(Redirects.next(result, location.get()));
        }
        return result;
    }

    /** Tokens in a response are secrets from now on, whatever the step captures. */
    private void registerSecrets(ResponseView view) {
        ResponseSecrets.register(view.result().mediaType(), view.body(), redactor);
    }

    private void capture(Step step, ResponseView view) throws CheckException, TemplateException {
        for (Capture capture : step.captures()) {
            String argument = capture.argument() == null ? null : variables.resolve(capture.argument());
            Optional<Functions.Value> value = captures.readTyped(view, capture, argument);
            String label = "capture " + capture.variable();
            if (value.isEmpty()) {
                assertions.fail(label, label + ": nothing found for " + capture.source().key()
                        + (argument == null ? "" : " " + argument));
            } else {
                String text = value.get().text();
                if (capture.shown()) {
                    redactor.addPublic(text);
                }
                variables.capture(capture.variable(), text,
                        !capture.shown() && (capture.secret() || SecretNames.isSecret(capture.variable())),
                        value.get().json());
                captured.put(capture.variable(), text);
                assertions.pass(label);
            }
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepError("interrupted while waiting to retry");
        }
    }

}
