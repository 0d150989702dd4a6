package dev.baton.engine;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.util.List;

/** Runs one collection: its steps, or each of its iterations in turn. */
final class CollectionRunner {

    private final CollectionDescriptor descriptor;
    private final RunContext run;

    CollectionRunner(CollectionDescriptor descriptor, RunContext run) {
        this.descriptor = descriptor;
        this.run = run;
    }

    void run() {
        run.listener().executionStarted(descriptor);
        run.listener().executionFinished(descriptor, runChildren());
    }

    private TestExecutionResult runChildren() {
        if (descriptor.loadError() != null) {
            return TestExecutionResult.failed(new StepError(run.redactor().mask(descriptor.loadError().render())));
        }
        List<? extends TestDescriptor> children = List.copyOf(descriptor.getChildren());
        if (children.isEmpty() || children.get(0) instanceof StepDescriptor) {
            return new IterationRunner(descriptor.collection(), Iteration.SINGLE, run).run(children);
        }
        for (TestDescriptor child : children) {
            IterationDescriptor iteration = (IterationDescriptor) child;
            run.listener().executionStarted(iteration);
            run.listener().executionFinished(iteration, new IterationRunner(descriptor.collection(),
                    iteration.iteration(), run).run(List.copyOf(iteration.getChildren())));
        }
        return TestExecutionResult.successful();
    }
}
