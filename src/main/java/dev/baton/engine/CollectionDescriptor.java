package dev.baton.engine;

import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.nio.file.Path;
import java.util.List;

/**
 * A collection file: a container of its iterations, or of its steps for a plain run (whose state it then opens and
 * closes itself); or, when the file did not load, a container that fails with why. Collections run side by side
 * with {@code --jobs N}.
 */
final class CollectionDescriptor extends AbstractTestDescriptor implements Node<ExecutionScope> {

    static final String SEGMENT = "collection";

    private final Path file;
    private final Collection collection;
    private final LoadException loadError;
    private int firstUnit;
    private int lastUnit;

    private CollectionDescriptor(UniqueId parent, Path file, String name, Collection collection,
                                 LoadException loadError) {
        super(parent.append(SEGMENT, file.toString()), name, FileSource.from(file.toFile(),
                collection == null ? null : FilePosition.from(collection.position().line(),
                        collection.position().column())));
        this.file = file;
        this.collection = collection;
        this.loadError = loadError;
    }

    static CollectionDescriptor loaded(UniqueId parent, Collection collection, List<Iteration> iterations) {
        CollectionDescriptor descriptor = new CollectionDescriptor(parent, collection.file(), collection.name(),
                collection, null);
        if (iterations.equals(List.of(Iteration.SINGLE))) {
            collection.steps().forEach(step -> descriptor.addChild(new StepDescriptor(descriptor.getUniqueId(),
                    collection.file(), step)));
        } else {
            iterations.forEach(i -> descriptor.addChild(new IterationDescriptor(descriptor.getUniqueId(), collection,
                    i)));
        }
        return descriptor;
    }

    static CollectionDescriptor broken(UniqueId parent, Path file, LoadException error) {
        return new CollectionDescriptor(parent, file, file.getFileName().toString(), null, error);
    }

    Path file() {
        return file;
    }

    /** Whether its children are steps: a plain run, one pass, no iteration containers. */
    boolean plain() {
        return getChildren().isEmpty() || getChildren().iterator().next() instanceof StepDescriptor;
    }

    void place(int firstUnit, int lastUnit) {
        this.firstUnit = firstUnit;
        this.lastUnit = lastUnit;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** A broken file has no steps; without this the platform would prune it and the error would go unseen. */
    @Override
    public boolean mayRegisterTests() {
        return loadError != null;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.CONCURRENT;
    }

    @Override
    public ExecutionScope before(ExecutionScope scope) throws Exception {
        RunContext run = scope.run();
        if (loadError != null) {
            throw new StepError(run.output().text(loadError.render()));
        }
        run.checkStarted();
        if (!plain()) {
            return scope;
        }
        run.reporting().unitStarted(firstUnit);
        return scope.with(Units.open(run, collection, Iteration.SINGLE));
    }

    @Override
    public void after(ExecutionScope scope) {
        if (plain()) {
            Units.close(scope, firstUnit);
        }
    }

    @Override
    public void nodeFinished(ExecutionScope scope, TestDescriptor descriptor, TestExecutionResult result) {
        String error = Units.error(result);
        if (plain() && error == null) {
            scope.run().reporting().unitFinished(firstUnit, null);
        }
        scope.run().reporting().collectionFinished(firstUnit, lastUnit, error);
    }
}
