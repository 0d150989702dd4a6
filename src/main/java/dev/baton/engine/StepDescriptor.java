package dev.baton.engine;

import dev.baton.model.Step;
import dev.baton.results.Outcome;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step of a collection: a test named by the step's name, never by its resolved URL, tagged with its tags. It
 * runs in its iteration's thread, after the step before it; it is skipped when the run was stopped, when
 * {@code --bail} stopped it, or when it needs what a failed step did not capture. A fault of Baton's while it runs
 * (any exception but {@link StepError}) is reported as the step's error and passed to the platform as it is, so
 * that launchers show it as the fault it is (the CLI: exit 3, its trace under {@code --debug}).
 */
final class StepDescriptor extends AbstractTestDescriptor implements Node<ExecutionScope> {

    static final String SEGMENT = "step";

    private final Step step;
    private final Set<TestTag> tags;
    private Slot slot;

    StepDescriptor(UniqueId parent, Path file, Step step) {
        this(parent, FileSource.from(file.toFile(), FilePosition.from(step.position().line(),
                step.position().column())), step, step.tags().stream().filter(TestTag::isValid).map(TestTag::create)
                .collect(Collectors.toSet()));
    }

    private StepDescriptor(UniqueId parent, FileSource source, Step step, Set<TestTag> tags) {
        super(parent.append(SEGMENT, step.name()), step.name(), source);
        this.step = step;
        this.tags = tags;
    }

    /** The same step in another iteration. */
    StepDescriptor copyFor(UniqueId iteration) {
        return new StepDescriptor(iteration, (FileSource) getSource().orElseThrow(), step, tags);
    }

    /** Where the step's result goes in the result tree. */
    record Slot(int unit, int index) {
    }

    Step step() {
        return step;
    }

    StepOutline outline() {
        return new StepOutline(step.name(), step.position());
    }

    void place(Slot slot) {
        this.slot = slot;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.SAME_THREAD;
    }

    @Override
    public SkipResult shouldBeSkipped(ExecutionScope scope) {
        RunContext run = scope.run();
        if (run.interrupted()) {
            return SkipResult.skip(RunResult.NOT_RUN);
        }
        if (run.bailedAt() != null) {
            return SkipResult.skip("--bail: step '" + run.bailedAt() + "' failed");
        }
        Optional<String> missing = scope.iteration().dependencies().skipReason(step);
        if (missing.isPresent()) {
            return SkipResult.skip(missing.get());
        }
        return scope.iteration().skipReason(step).map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }

    @Override
    public void nodeSkipped(ExecutionScope scope, TestDescriptor descriptor, SkipResult result) {
        if (scope.iteration() != null) {
            scope.iteration().dependencies().skipped(step);
        }
        scope.run().reporting().stepFinished(slot, StepResult.skipped(outline(), result.getReason().orElse(""),
                Instant.now()));
    }

    @Override
    public ExecutionScope execute(ExecutionScope scope, DynamicTestExecutor dynamic) {
        RunContext run = scope.run();
        run.reporting().stepStarted(slot, outline());
        run.pauseBetweenRequests();
        StepResult result;
        try {
            result = run.running(() -> new StepRunner(scope.iteration()).run(step));
        } catch (RuntimeException cutShort) {
            if (!run.interrupted()) {
                run.stepFailed(step.name());
                run.reporting().stepFinished(slot, StepResult.internalError(outline(), run.output().text(
                        "internal error: " + String.valueOf(cutShort.getMessage())), Instant.now()));
                throw cutShort;
            }
            result = StepResult.interrupted(outline(), Instant.now());
        }
        Dependencies dependencies = scope.iteration().dependencies();
        if (result.outcome() == Outcome.PASSED) {
            dependencies.passed(step);
        } else if (result.outcome() != Outcome.NOT_APPLICABLE) {
            dependencies.failed(step, result.captures().keySet());
            run.stepFailed(step.name());
        }
        run.reporting().stepFinished(slot, result);
        String message = run.output().text(result.message());
        if (result.outcome() == Outcome.FAILED) {
            throw new StepFailure(message);
        }
        if (result.outcome() == Outcome.ERROR || result.outcome() == Outcome.INCONCLUSIVE) {
            throw new StepError(message);
        }
        if (result.outcome() == Outcome.NOT_APPLICABLE) {
            throw new TestAbortedException(message);
        }
        return scope;
    }
}
