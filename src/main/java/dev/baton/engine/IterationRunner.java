package dev.baton.engine;

import dev.baton.http.ApacheHttpSender;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.OAuthRole;
import dev.baton.model.Step;
import dev.baton.results.Outcome;
import dev.baton.results.RunObserver;
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

    IterationRunner(Collection collection, Iteration iteration, RunContext run) {
        this.collection = collection;
        this.iteration = iteration;
        this.run = run;
    }

    /** Runs the step descriptors; the result is that of the container holding them. */
    TestExecutionResult run(List<? extends TestDescriptor> steps) {
        Redactor redactor = run.redactor();
        try (ApacheHttpSender http = new ApacheHttpSender(run.settings().timeout())) {
            Variables variables = RunVariables.create(collection, run.resources(), run.settings(), iteration.data(),
                    redactor);
            RecordingSender sender = new RecordingSender(http);
            StepRunner runner = new StepRunner(sender, variables, redactor,
                    RunVariables.pkce(collection.auth(), variables), collection.auth());
            for (TestDescriptor step : steps) {
                runStep((StepDescriptor) step, runner, sender);
            }
            run.observer().collectionFinished(collection.name(), iteration.name(), Exports.of(variables));
            return TestExecutionResult.successful();
        } catch (TemplateException e) {
            return failed(e.position() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return failed(collection.auth().position() + ": " + e.getMessage());
        } catch (IOException closing) {
            return TestExecutionResult.successful();
        }
    }

    private TestExecutionResult failed(String message) {
        return TestExecutionResult.failed(new StepError(run.redactor().mask(message)));
    }

    private void runStep(StepDescriptor descriptor, StepRunner runner, RecordingSender sender) {
        Step step = descriptor.step();
        EngineExecutionListener listener = run.listener();
        Optional<String> skip = skipReason(step);
        if (skip.isPresent()) {
            listener.executionSkipped(descriptor, skip.get());
            record(step, Outcome.SKIPPED, skip.get(), 0, runner, sender);
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
            result = TestExecutionResult.failed(e);
        } catch (RuntimeException e) {
            stepFailed(step);
            result = TestExecutionResult.failed(new StepError("internal error in Baton: "
                    + run.redactor().mask(String.valueOf(e))));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Throwable error = result.getThrowable().orElse(null);
        record(step, error == null ? Outcome.PASSED : error instanceof AssertionError ? Outcome.FAILED : Outcome.ERROR,
                error == null ? "" : error.getMessage(), millis, runner, sender);
        listener.executionFinished(descriptor, result);
    }

    private void record(Step step, Outcome outcome, String message, long millis, StepRunner runner,
                        RecordingSender sender) {
        boolean ran = outcome != Outcome.SKIPPED;
        run.observer().stepFinished(new StepRecord(collection.name(), collection.file(), iteration.name(),
                collection.steps().indexOf(step), step.name(), step.position().line(), outcome, message, millis,
                ran ? sender.drain(run.redactor()) : List.of(), ran ? runner.captured() : Map.of(),
                ran ? runner.assertions().records() : List.of()));
    }

    /** What a passing step captured is there again, even if an earlier step failed to capture it. */
    private void stepPassed(Step step) {
        step.captures().stream().map(Capture::variable).forEach(notCaptured::remove);
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(notCaptured::remove);
        }
    }

    private void stepFailed(Step step) {
        step.captures().stream().map(Capture::variable).forEach(v -> notCaptured.putIfAbsent(v, step.name()));
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(v -> notCaptured.putIfAbsent(v, step.name()));
        }
        run.stepFailed(step.name());
    }

    private Optional<String> skipReason(Step step) {
        if (run.bailedAt() != null) {
            return Optional.of("--bail: step '" + run.bailedAt() + "' failed");
        }
        try {
            for (String used : References.of(step).keySet()) {
                if (notCaptured.containsKey(used)) {
                    return Optional.of("needs <<" + used + ">>, which step '" + notCaptured.get(used)
                            + "' failed to capture");
                }
            }
        } catch (TemplateException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The variables worth exporting at the end: what files, data, captures and the command line set. */
    private static final class Exports {
        static Map<String, RunObserver.ExportedValue> of(Variables variables) {
            Map<String, RunObserver.ExportedValue> values = new LinkedHashMap<>();
            for (String name : variables.names()) {
                variables.binding(name).filter(b -> b.problem() == null).ifPresent(binding -> {
                    try {
                        values.put(name, new RunObserver.ExportedValue(
                                variables.valueOf(name, dev.baton.model.Position.of("export")), binding.secret()));
                    } catch (TemplateException e) {
                        // a variable that cannot be resolved is left out of the export
                    }
                });
            }
            return values;
        }

        private Exports() {
        }

    }
}
