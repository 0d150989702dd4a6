package dev.baton.engine;

import dev.baton.model.Collection;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One iteration of a data-driven or repeated run: a container of the collection's steps. */
final class IterationDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "iteration";

    private final Iteration iteration;

    IterationDescriptor(UniqueId parent, Collection collection, Iteration iteration) {
        super(parent.append(SEGMENT, Integer.toString(iteration.index())), iteration.name());
        this.iteration = iteration;
        collection.steps().forEach(step -> addChild(new StepDescriptor(getUniqueId(), collection.file(), step)));
    }

    Iteration iteration() {
        return iteration;
    }

    @Override
    public String getLegacyReportingName() {
        return getParent().map(p -> p.getLegacyReportingName() + " " + iteration.name()).orElse(iteration.name());
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
