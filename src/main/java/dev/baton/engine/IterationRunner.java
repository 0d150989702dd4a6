package dev.baton.engine;

import dev.baton.auth.TokenRequestException;
import dev.baton.http.ApacheHttpSender;
import dev.baton.http.TransportException;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.OAuthRole;
import dev.baton.model.PkceAuth;
import dev.baton.model.Step;
import dev.baton.model.TokenAuth;
import dev.baton.results.AssertionRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepRecord;
import dev.baton.secret.Redactor;
import dev.baton.template.References;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the steps of one iteration of a collection in order, sharing variables, cookies and the PKCE session;
 * skips the steps that need what a failed step did not capture.
 */
final class IterationRunner {

    private final Collection collection;
    private final Iteration iteration;
    private final RunContext run;
    private final Map<String, String> notCaptured = new LinkedHashMap<>();
    /** Why a failed step produced nothing, when the server said so (a denied authorization). */
    private final Map<String, String> refusals = new LinkedHashMap<>();

    IterationRunner(Collection collection, Iteration iteration, RunContext run) {
        this.collection = collection;
        this.iteration = iteration;
        this.run = run;
    }

    /** Runs the step descriptors; the result is that of the container holding them. */
    TestExecutionResult run(List<? extends TestDescriptor> steps) {
        Redactor redactor = run.redactor();
        try (ApacheHttpSender http = run.session()) {
            Variables variables = RunVariables.create(collection, run.resources(), run.settings(), iteration, redactor);
            RecordingSender sender = new RecordingSender(http, run.observer().wantsSteps());
            PkceAuth pkce = collection.auth() instanceof PkceAuth p ? p : null;
            StepRunner runner = new StepRunner(sender, variables, redactor, RunVariables.pkce(pkce, variables), pkce,
                    bearer(variables));
            for (int index = 0; index < steps.size(); index++) {
                runStep((StepDescriptor) steps.get(index), index, runner, sender);
            }
            run.observer().collectionFinished(collection.name(), iteration.name(), ExportedVariables.of(variables, run.redactor()));
            return TestExecutionResult.successful();
        } catch (TemplateException e) {
            return failed(e.position() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return failed((collection.auth() == null ? collection.file().toString() : collection.auth().position())
                    + ": " + e.getMessage());
        } catch (IOException closing) {
            return TestExecutionResult.successful();
        }
    }

    /** The token helper's access token for a step, or nothing when the collection has no token helper. */
    private BearerToken bearer(Variables variables) {
        if (!(collection.auth() instanceof TokenAuth auth)) {
            return BearerToken.NONE;
        }
        return () -> {
            try {
                String token = run.tokens().accessToken(auth, variables);
                variables.capture(TokenVariables.ACCESS_TOKEN, token, true);
                return java.util.Optional.of(token);
            } catch (TemplateException e) {
                throw new StepError(run.redactor().mask(e.position() + ": " + e.getMessage()));
            } catch (TokenRequestException | TransportException e) {
                throw new StepError(run.redactor().mask("cannot get an access token: " + e.getMessage()));
            }
        };
    }

    private TestExecutionResult failed(String message) {
        return TestExecutionResult.failed(new StepError(run.redactor().mask(message)));
    }

    private void runStep(StepDescriptor descriptor, int index, StepRunner runner, RecordingSender sender) {
        Step step = descriptor.step();
        EngineExecutionListener listener = run.listener();
        Optional<String> skip = skipReason(step);
        if (skip.isPresent()) {
            markNotCaptured(step, culprit(step));
            listener.executionSkipped(descriptor, skip.get());
            record(step, index, Outcome.SKIPPED, skip.get(), 0, runner, sender);
            return;
        }
        run.pauseBetweenRequests();
        listener.executionStarted(descriptor);
        long start = System.nanoTime();
        TestExecutionResult result;
        try {
            runner.run(step);
            stepPassed(step);
            result = TestExecutionResult.successful();
        } catch (StepFailure | StepError e) {
            stepFailed(step);
            runner.denial().ifPresent(why -> refusals.put(step.name(), why));
            result = TestExecutionResult.failed(e);
        } catch (RuntimeException e) {
            stepFailed(step);
            result = TestExecutionResult.failed(new StepError("internal error in Baton: "
                    + run.redactor().mask(String.valueOf(e))));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Throwable error = result.getThrowable().orElse(null);
        record(step, index, error == null ? Outcome.PASSED : error instanceof AssertionError ? Outcome.FAILED : Outcome.ERROR,
                error == null ? "" : error.getMessage(), millis, runner, sender);
        listener.executionFinished(descriptor, result);
    }

    private void record(Step step, int index, Outcome outcome, String message, long millis, StepRunner runner,
                        RecordingSender sender) {
        if (!run.observer().wantsSteps()) {
            return;
        }
        boolean ran = outcome != Outcome.SKIPPED;
        run.observer().stepFinished(new StepRecord(collection.name(), collection.file(), iteration.name(),
                index, step.name(), step.position().line(), outcome, message, millis,
                ran ? sender.drain(run.redactor()) : List.of(), ran ? runner.captured() : Map.of(),
                ran ? runner.assertions().records().stream().map(a -> new AssertionRecord(a.label(), a.passed(),
                        run.redactor().mask(a.message()))).toList() : List.of()));
    }

    /** What a passing step captured is there again, even if an earlier step failed to capture it. */
    private void stepPassed(Step step) {
        step.captures().stream().map(Capture::variable).forEach(notCaptured::remove);
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(notCaptured::remove);
        }
    }

    private void stepFailed(Step step) {
        markNotCaptured(step, step.name());
        run.stepFailed(step.name());
    }

    /** What the step should have captured is missing, because of the named step. */
    private void markNotCaptured(Step step, String culprit) {
        step.captures().stream().map(Capture::variable).forEach(v -> notCaptured.putIfAbsent(v, culprit));
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(v -> notCaptured.putIfAbsent(v, culprit));
        }
    }

    /** The failed step a skipped step depends on, or the skipped step itself under {@code --bail}. */
    private String culprit(Step step) {
        try {
            return References.of(step).keySet().stream().filter(notCaptured::containsKey).map(notCaptured::get)
                    .findFirst().orElse(step.name());
        } catch (TemplateException e) {
            return step.name();
        }
    }

    private Optional<String> skipReason(Step step) {
        if (run.bailedAt() != null) {
            return Optional.of("--bail: step '" + run.bailedAt() + "' failed");
        }
        if (notCaptured.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (String used : References.of(step).keySet()) {
                if (notCaptured.containsKey(used)) {
                    String culprit = notCaptured.get(used);
                    return Optional.of("needs <<" + used + ">>, which step '" + culprit + "' failed to capture"
                            + Optional.ofNullable(refusals.get(culprit)).map(why -> ": " + why).orElse(""));
                }
            }
        } catch (TemplateException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
