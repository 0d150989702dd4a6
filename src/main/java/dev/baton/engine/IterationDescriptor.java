package dev.baton.engine;

import dev.baton.model.Collection;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One iteration of a data-driven or repeated run: a container of the collection's steps, with variables, cookies
 * and a PKCE session of its own, made when it starts and closed when it ends. Iterations run side by side with
 * {@code --jobs N}.
 */
final class IterationDescriptor extends AbstractTestDescriptor implements Node<ExecutionScope> {

    static final String SEGMENT = "iteration";

    private final Collection collection;
    private final Iteration iteration;
    private int unit;

    IterationDescriptor(UniqueId parent, Collection collection, Iteration iteration) {
        super(parent.append(SEGMENT, Integer.toString(iteration.index())), iteration.name());
        this.collection = collection;
        this.iteration = iteration;
        collection.steps().forEach(step -> addChild(new StepDescriptor(getUniqueId(), collection.file(), step)));
    }

    Iteration iteration() {
        return iteration;
    }

    void place(int unit) {
        this.unit = unit;
    }

    @Override
    public String getLegacyReportingName() {
        return getParent().map(p -> p.getLegacyReportingName() + " " + iteration.name()).orElse(iteration.name());
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.CONCURRENT;
    }

    @Override
    public ExecutionScope before(ExecutionScope scope) {
        scope.run().reporting().unitStarted(unit);
        return scope.with(Units.open(scope.run(), collection, iteration));
    }

    @Override
    public void after(ExecutionScope scope) {
        Units.close(scope, unit);
    }

    @Override
    public void nodeFinished(ExecutionScope scope, TestDescriptor descriptor, TestExecutionResult result) {
        scope.run().reporting().unitFinished(unit, Units.error(result));
    }
}
