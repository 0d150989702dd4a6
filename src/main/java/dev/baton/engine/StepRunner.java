package dev.baton.engine;

import dev.baton.audit.Verdict;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.TokenManagementChecks;
import dev.baton.check.CaptureReader;
import dev.baton.check.CheckException;
import dev.baton.check.ExpectationChecker;
import dev.baton.check.GraphQlErrors;
import dev.baton.check.ResponseView;
import dev.baton.http.DigestAuthentication;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.model.Body;
import dev.baton.model.Capture;
import dev.baton.model.Credentials;
import dev.baton.model.Diagnostic;
import dev.baton.model.Expectation;
import dev.baton.model.OAuthRole;
import dev.baton.model.SignInEngine;
import dev.baton.model.Step;
import dev.baton.results.AssertionRecord;
import dev.baton.results.Outcome;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;
import dev.baton.secret.SecretNames;
import dev.baton.template.Functions;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one step of an iteration: render, send, complete an authorization flow, capture, check, and retry when
 * asked; the outcome is a {@link StepResult}. It keeps nothing between steps: what a step leaves behind is in the
 * iteration's variables and cookies.
 */
final class StepRunner {

    private static final CaptureReader CAPTURES = new CaptureReader();
    private static final ExpectationChecker CHECKER = new ExpectationChecker();

    private final IterationRun iteration;
    private final SourceLines sources;

    StepRunner(IterationRun iteration) {
        this.iteration = iteration;
        this.sources = iteration.run().sources();
    }

    /** What one attempt found. */
    private record Attempt(Assertions assertions, Map<String, String> captured, List<Path> screenshots,
                           ResponseView response) {
    }

    /** Runs the step, with its retries; an audit probe's step runs its probe. */
    StepResult run(Step step) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        if (step.probe() != null) {
            return probe(step, started, start);
        }
        int tries = step.retry() == null ? 1 : step.retry().count() + 1;
        Attempt attempt = null;
        StepError error = null;
        List<Long> attempts = new ArrayList<>();
        for (int number = 1; ; number++) {
            attempt = new Attempt(new Assertions(sources, step.position()), new LinkedHashMap<>(), new ArrayList<>(),
                    null);
            boolean last = number == tries;
            long attemptStart = System.nanoTime();
            try {
                attempt = timed(attempts, attemptStart, attempt(step, attempt));
                error = null;
                if (last || done(step, attempt)) {
                    break;
                }
            } catch (StepError e) {
                timed(attempts, attemptStart, null);
                error = e;
                if (last || iteration.run().interrupted()) {
                    break;
                }
            }
            if (!pause(step.retry().delay())) {
                error = new StepError(RunResult.INTERRUPTED_STEP);
                break;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return result(step, started, millis, attempt, error, attempts);
    }

    private StepResult probe(Step step, Instant started, long start) {
        try (ProbeRun probe = new ProbeRun(iteration, step)) {
            Verdict verdict = probe.verdict();
            return ProbeResults.of(step, verdict, started, (System.nanoTime() - start) / 1_000_000, probe.exchanges(),
                    sources);
        } catch (TemplateException e) {
            return probeError(step, started, start, new StepError(e.getMessage(), e.position()));
        } catch (StepError e) {
            return probeError(step, started, start, e);
        } catch (IllegalArgumentException e) {
            return probeError(step, started, start, new StepError(e.getMessage(), step.position()));
        }
    }

    private StepResult probeError(Step step, Instant started, long start, StepError error) {
        Attempt nothing = new Attempt(new Assertions(sources, step.position()), Map.of(), List.of(), null);
        return result(step, started, (System.nanoTime() - start) / 1_000_000, nothing, error, List.of());
    }

    private static Attempt timed(List<Long> attempts, long startNanos, Attempt attempt) {
        attempts.add((System.nanoTime() - startNanos) / 1_000_000);
        return attempt;
    }

    private StepResult result(Step step, Instant started, long millis, Attempt attempt, StepError error,
                              List<Long> attempts) {
        List<AssertionRecord> records = attempt.assertions().records();
        List<AssertionRecord> failures = attempt.assertions().failures();
        Outcome outcome;
        String message;
        List<Diagnostic> problems;
        if (iteration.run().interrupted()) {
            outcome = Outcome.ERROR;
            message = RunResult.INTERRUPTED_STEP;
            problems = List.of(sources.at(step.position(), RunResult.INTERRUPTED_STEP));
        } else if (error != null) {
            outcome = Outcome.ERROR;
            message = error.position() == null ? error.getMessage() : error.position() + ": " + error.getMessage();
            problems = List.of(sources.at(error.position() == null ? step.position() : error.position(),
                    error.getMessage()));
        } else if (!failures.isEmpty()) {
            outcome = attempt.assertions().unchecked() ? Outcome.ERROR : Outcome.FAILED;
            message = String.join("\n", failures.stream().map(AssertionRecord::message).toList());
            problems = failures.stream().map(AssertionRecord::failure).toList();
        } else {
            outcome = Outcome.PASSED;
            message = "";
            problems = List.of();
        }
        return new StepResult(step.name(), step.position(), outcome, message, problems, started, millis,
                iteration.takeExchanges(), attempt.captured(), records, attempts, attempt.screenshots());
    }

    private boolean done(Step step, Attempt attempt) {
        if (step.retry().until().isEmpty()) {
            return attempt.assertions().failures().isEmpty();
        }
        try {
            for (Expectation condition : step.retry().until()) {
                if (!CHECKER.check(attempt.response(), condition, this::resolve).isEmpty()) {
                    return false;
                }
            }
            return true;
        } catch (CheckException | Resolving.Failed e) {
            return false;
        }
    }

    private String resolve(dev.baton.model.Text text) {
        return Resolving.resolve(iteration.variables(), text);
    }

    private Attempt attempt(Step step, Attempt attempt) {
        Variables variables = iteration.variables();
        AuthorizationStep authorization = step.oauth() == OAuthRole.AUTHORIZE || step.login() != null
                ? new AuthorizationStep(iteration.browser(), variables, iteration.run().secrets(), iteration.auth(),
                iteration.run().settings().browser(), iteration.signInCookies()) : null;
        try {
            iteration.auth().beforeStep();
            iteration.auth().takeNotes().forEach(attempt.assertions()::pass);
            OutgoingRequest written = new RequestRenderer(variables, iteration.run().secrets())
                    .render(step, iteration.auth().additions(step.oauth()));
            OutgoingRequest request = step.oauth() == OAuthRole.AUTHORIZE
                    ? authorization.navigation(step, iteration.auth().authorizationRequest(written)) : written;
            SignInEngine engine = authorization == null ? SignInEngine.HTML : authorization.engine(step);
            HttpResult result = switch (engine) {
                case PERSON -> BrowserAuthorization.await(request, authorization.redirectUriOf(written),
                        step.login().deadline(engine));
                case HEADLESS -> null;
                case HTML, AUTO -> sender(step).send(request);
            };
            if (step.oauth() == OAuthRole.AUTHORIZE) {
                result = authorization.complete(step, written, request, result, attempt.assertions());
                attempt.screenshots().addAll(authorization.screenshots());
                authorization.denial().ifPresent(why -> iteration.dependencies().refused(step.name(), why));
            }
            attempt.assertions().record(iteration.auth().checks(step.oauth(), written, result));
            attempt.assertions().record(TokenManagementChecks.of(step.oauth(), result, step.expectations().stream()
                    .anyMatch(e -> e.query().kind().equals("status"))));
            ResponseView view = new ResponseView(result,
                    step.oauth() == OAuthRole.AUTHORIZE ? authorization.parameters() : Map.of(),
                    new IssuerSignatures(iteration));
            capture(step, view, attempt);
            for (Expectation expectation : step.expectations()) {
                try {
                    attempt.assertions().check(expectation.label(), CHECKER.check(view, expectation, this::resolve),
                            expectation.position());
                } catch (CheckException e) {
                    attempt.assertions().cannotCheck(expectation.label(), e.getMessage(), e.position());
                }
            }
            if (step.request().body() instanceof Body.GraphQl graphql && !GraphQlErrors.expected(step.expectations())) {
                GraphQlErrors.of(view).ifPresentOrElse(
                        why -> attempt.assertions().fail("graphql", why, graphql.position()),
                        () -> attempt.assertions().pass("graphql"));
            }
            return new Attempt(attempt.assertions(), attempt.captured(), attempt.screenshots(), view);
        } catch (TemplateException e) {
            throw new StepError(e.getMessage(), e.position());
        } catch (Resolving.Failed e) {
            throw new StepError(e.cause().getMessage(), e.cause().position());
        } catch (TransportException e) {
            throw new StepError(e.getMessage(), step.request().url().position());
        } catch (AuthFailure e) {
            throw new StepError(e.getMessage(), e.position());
        }
    }

    /** The chain the step sends through, answering a Digest challenge when the step has {@code digestAuth}. */
    private HttpSender sender(Step step) throws TemplateException {
        HttpSender chain = iteration.sender(step.followRedirects());
        if (step.request().auth() instanceof Credentials.Digest digest) {
            String password = iteration.variables().resolve(digest.password());
            iteration.run().secrets().add(password);
            return new DigestAuthentication(chain, iteration.variables().resolve(digest.username()), password);
        }
        return chain;
    }

    /** Reads every capture; one that cannot be made fails on its own, and the others are still made. */
    private void capture(Step step, ResponseView view, Attempt attempt) throws TemplateException {
        for (Capture capture : step.captures()) {
            String argument = capture.argument() == null ? null : iteration.variables().resolve(capture.argument());
            String label = "capture " + capture.variable();
            Optional<Functions.Value> value;
            try {
                value = CAPTURES.readTyped(view, capture, argument);
            } catch (CheckException e) {
                attempt.assertions().cannotCheck(label, e.getMessage(), e.position());
                continue;
            }
            if (value.isEmpty()) {
                attempt.assertions().fail(label, label + ": nothing found for " + CaptureReader.sought(capture,
                        argument), capture.position());
            } else {
                String text = value.get().text();
                if (capture.shown()) {
                    iteration.run().secrets().addPublic(text);
                }
                iteration.variables().capture(capture.variable(), text,
                        !capture.shown() && (capture.secret() || SecretNames.isSecret(capture.variable())),
                        value.get().json());
                attempt.captured().put(capture.variable(), text);
                attempt.assertions().pass(label);
            }
        }
    }

    /** Waits before a retry; false when the run was stopped meanwhile. */
    private boolean pause(Duration delay) {
        if (delay.isZero()) {
            return !iteration.run().interrupted();
        }
        try {
            Thread.sleep(delay.toMillis());
            return !iteration.run().interrupted();
        } catch (InterruptedException e) {
            return false;
        }
    }
}
