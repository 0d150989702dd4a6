package dev.baton.engine;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the run sees: the run, and below an iteration (or a plain collection) that iteration's state.
 *
 * @param run       the run
 * @param iteration the iteration's state, or {@code null} above iterations
 */
record ExecutionScope(RunContext run, IterationRun iteration) implements EngineExecutionContext {

    ExecutionScope(RunContext run) {
        this(run, null);
    }

    ExecutionScope with(IterationRun state) {
        return new ExecutionScope(run, state);
    }
}
