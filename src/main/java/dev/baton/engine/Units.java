package dev.baton.engine;

import dev.baton.auth.AuthFailure;
import dev.baton.model.Collection;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Opening and closing a unit's state (an iteration, or a plain collection's only pass), for the descriptor that
 * holds its steps.
 */
final class Units {

    private Units() {
    }

    /** The unit's state; a unit whose auth settings or pinned values do not resolve cannot run. */
    static IterationRun open(RunContext run, Collection collection, Iteration iteration) {
        try {
            return new IterationRun(run, collection, iteration);
        } catch (AuthFailure e) {
            throw new StepError(run.output().text(run.sources().at(e.position(), e.getMessage()).render()));
        }
    }

    /** Keeps the unit's variables for the reports that read them, and closes its state. */
    static void close(ExecutionScope scope, int unit) {
        if (scope.iteration() != null) {
            if (scope.run().exportsVariables()) {
                scope.run().reporting().unitVariables(unit, scope.iteration().exported());
            }
            scope.iteration().close();
        }
    }

    /** Why the unit could not run, or {@code null}. */
    static String error(TestExecutionResult result) {
        return result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? null
                : result.getThrowable().map(Throwable::getMessage).orElse("did not run");
    }
}
