package dev.baton.engine;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs one collection: its steps, or each of its iterations. Iterations are handed to the executor, so with
 * {@code --jobs N} they run side by side; the steps of one iteration always run in order.
 */
final class CollectionRunner {

    private final CollectionDescriptor descriptor;
    private final RunContext run;

    CollectionRunner(CollectionDescriptor descriptor, RunContext run) {
        this.descriptor = descriptor;
        this.run = run;
    }

    /** Starts the collection; the future completes once it and all its iterations are reported. */
    CompletableFuture<Void> run(Executor executor) {
        run.listener().executionStarted(descriptor);
        if (descriptor.loadError() != null) {
            finish(descriptor, TestExecutionResult.failed(new StepError(run.redactor().mask(
                    descriptor.loadError().render()))));
            return CompletableFuture.completedFuture(null);
        }
        List<? extends TestDescriptor> children = List.copyOf(descriptor.getChildren());
        if (children.isEmpty() || children.get(0) instanceof StepDescriptor) {
            return CompletableFuture.runAsync(() -> finish(descriptor, iteration(Iteration.SINGLE, children)),
                    executor);
        }
        CompletableFuture<?>[] iterations = children.stream()
                .map(IterationDescriptor.class::cast)
                .map(child -> CompletableFuture.runAsync(() -> {
                    run.listener().executionStarted(child);
                    finish(child, iteration(child.iteration(), List.copyOf(child.getChildren())));
                }, executor))
                .toArray(CompletableFuture<?>[]::new);
        return CompletableFuture.allOf(iterations).handle((done, error) -> {
            finish(descriptor, error == null ? TestExecutionResult.successful()
                    : TestExecutionResult.failed(new StepError("internal error in Baton: " + error)));
            return null;
        });
    }

    private TestExecutionResult iteration(Iteration iteration, List<? extends TestDescriptor> steps) {
        try {
            return new IterationRunner(descriptor.collection(), iteration, run).run(steps);
        } catch (RuntimeException e) {
            return TestExecutionResult.failed(new StepError("internal error in Baton: "
                    + run.redactor().mask(String.valueOf(e))));
        }
    }

    private void finish(TestDescriptor container, TestExecutionResult result) {
        run.listener().executionFinished(container, result);
    }
}
