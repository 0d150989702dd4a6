package dev.baton.engine;

import dev.baton.auth.PkceSession;
import dev.baton.check.CaptureReader;
import dev.baton.check.CheckException;
import dev.baton.check.ExpectationChecker;
import dev.baton.check.ResponseView;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.model.AuthSpec;
import dev.baton.model.Capture;
import dev.baton.model.Expectation;
import dev.baton.model.OAuthRole;
import dev.baton.model.Step;
import dev.baton.secret.Redactor;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one step: render, send, complete an authorization flow, capture, check. */
final class StepRunner {

    private static final int MAX_REDIRECTS = 10;
    private static final Pattern TOKEN_MEMBER = Pattern.compile(
            "\"(access_token|refresh_token|id_token|client_secret|code_verifier)\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpSender sender;
    private final Variables variables;
    private final Redactor redactor;
    private final PkceSession pkce;
    private final RequestRenderer renderer;
    private final AuthorizationStep authorization;
    private final CaptureReader captures = new CaptureReader();
    private final ExpectationChecker checker = new ExpectationChecker();

    StepRunner(HttpSender sender, Variables variables, Redactor redactor, PkceSession pkce, AuthSpec auth) {
        this.sender = sender;
        this.variables = variables;
        this.redactor = redactor;
        this.pkce = pkce;
        this.renderer = new RequestRenderer(variables, redactor);
        this.authorization = new AuthorizationStep(sender, variables, redactor, pkce, auth);
    }

    void run(Step step) {
        try {
            List<String> failures = new ArrayList<>();
            OutgoingRequest request = renderer.render(step, additions(step));
            HttpResult result = send(request, step.followRedirects());
            if (step.oauth() == OAuthRole.AUTHORIZE) {
                result = authorization.complete(step, request, result, failures);
            }
            registerSecrets(result);
            ResponseView view = new ResponseView(result);
            capture(step, view, failures);
            for (Expectation expectation : step.expectations()) {
                failures.addAll(checker.check(view, expectation, text -> Resolving.resolve(variables, text)));
            }
            if (!failures.isEmpty()) {
                throw new StepFailure(redactor.mask(String.join("\n", failures)));
            }
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
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            return new RequestRenderer.Additions(authorization.queryAdditions(), Map.of());
        }
        if (step.oauth() == OAuthRole.TOKEN && pkce != null) {
            return new RequestRenderer.Additions(Map.of(), Map.of("code_verifier", pkce.codeVerifier()));
        }
        return RequestRenderer.Additions.NONE;
    }

    private HttpResult send(OutgoingRequest request, boolean followRedirects) throws TransportException {
        HttpResult result = sender.send(request);
        for (int i = 0; followRedirects && result.isRedirect() && i < MAX_REDIRECTS; i++) {
            boolean keepMethod = result.status() == 307 || result.status() == 308;
            URI target = result.location().orElseThrow();
            List<Header> headers = sameOrigin(request.uri(), target) ? request.headers() : request.headers().stream()
                    .filter(h -> !h.name().equalsIgnoreCase("Authorization") && !h.name().equalsIgnoreCase("Cookie"))
                    .toList();
            OutgoingRequest next = keepMethod
                    ? new OutgoingRequest(request.method(), target, headers, request.body(), request.contentType(),
                    request.timeout())
                    : new OutgoingRequest("GET", target, headers, null, null, request.timeout());
            result = sender.send(next);
        }
        return result;
    }

    /** Credentials written for one origin are not sent to another when a redirect is followed. */
    private static boolean sameOrigin(URI a, URI b) {
        return java.util.Objects.equals(a.getScheme(), b.getScheme()) && java.util.Objects.equals(a.getHost(),
                b.getHost()) && a.getPort() == b.getPort();
    }

    private void registerSecrets(HttpResult result) {
        String contentType = result.mediaType();
        if (contentType.contains("json") || contentType.contains("x-www-form-urlencoded")) {
            Matcher m = TOKEN_MEMBER.matcher(result.bodyText());
            while (m.find()) {
                redactor.add(m.group(2));
            }
        }
    }

    private void capture(Step step, ResponseView view, List<String> failures)
            throws CheckException, TemplateException {
        for (Capture capture : step.captures()) {
            String argument = capture.argument() == null ? null : variables.resolve(capture.argument());
            Optional<String> value = captures.read(view, capture, argument);
            if (value.isEmpty()) {
                failures.add("capture " + capture.variable() + ": nothing found for " + capture.source().key()
                        + (argument == null ? "" : " " + argument));
            } else {
                variables.capture(capture.variable(), value.get(),
                        capture.secret() || SecretNames.isSecret(capture.variable()));
            }
        }
    }
}
