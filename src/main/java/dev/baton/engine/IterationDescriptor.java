package dev.baton.engine;

import dev.baton.model.Collection;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * One iteration of a data-driven or repeated run: a container of the collection's steps, with variables, cookies
 * and a PKCE session of its own, made when it starts and closed when it ends. Iterations run side by side with
 * {@code --jobs N}. Only the first is made at discovery; the others are its siblings, made as the run reaches them
 * ({@link CollectionDescriptor}).
 */
final class IterationDescriptor extends AbstractTestDescriptor implements Node<ExecutionScope> {

    static final String SEGMENT = "iteration";

    private final Collection collection;
    private final Iteration iteration;
    private final List<StepDescriptor> madeSteps = new ArrayList<>();
    private int unit;

    IterationDescriptor(UniqueId parent, Collection collection, Iteration iteration) {
        super(parent.append(SEGMENT, Integer.toString(iteration.index())), iteration.name());
        this.collection = collection;
        this.iteration = iteration;
        collection.steps().forEach(step -> addChild(new StepDescriptor(getUniqueId(), collection.file(), step)));
    }

    private IterationDescriptor(IterationDescriptor first, Iteration iteration) {
        super(first.getUniqueId().removeLastSegment().append(SEGMENT, Integer.toString(iteration.index())),
                iteration.name());
        this.collection = first.collection;
        this.iteration = iteration;
        first.steps().forEach(step -> madeSteps.add(step.copyFor(getUniqueId())));
    }

    /** Its steps: its children, or, for an iteration made as the run goes, those it runs as dynamic tests. */
    private List<StepDescriptor> steps() {
        return madeSteps.isEmpty() ? getChildren().stream().map(StepDescriptor.class::cast).toList() : madeSteps;
    }

    /** Another iteration of the same collection, with the steps this one kept. */
    IterationDescriptor sibling(Iteration other) {
        return new IterationDescriptor(this, other);
    }

    Iteration iteration() {
        return iteration;
    }

    /** Its place in the run's plan; its steps take theirs from it. */
    void place(int unit) {
        this.unit = unit;
        int index = 0;
        for (StepDescriptor step : steps()) {
            step.place(new StepDescriptor.Slot(unit, index++));
        }
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
        scope.run().reporting().unitStarted(unit, iteration.index(), iteration.name());
        return scope.with(Units.open(scope.run(), collection, iteration));
    }

    /**
     * An iteration made as the run goes runs its steps here, each a dynamic test, one after another on this thread:
     * the platform knows only the steps of the first iteration, which it found at discovery.
     */
    @Override
    public ExecutionScope execute(ExecutionScope scope, DynamicTestExecutor dynamic) throws Exception {
        for (StepDescriptor step : madeSteps) {
            step.setParent(this);
            dynamic.execute(step, scope.run().listener()).get();
        }
        return scope;
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
