package dev.baton.engine;

import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;

/** A collection file: a container of steps, or, when the file did not load, a container that reports why. */
final class CollectionDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "collection";

    private final Path file;
    private final Collection collection;
    private final LoadException loadError;

    private CollectionDescriptor(UniqueId parent, Path file, String name, Collection collection,
                                 LoadException loadError) {
        super(parent.append(SEGMENT, file.toString()), name, FileSource.from(file.toFile(),
                collection == null ? null : FilePosition.from(collection.position().line(),
                        collection.position().column())));
        this.file = file;
        this.collection = collection;
        this.loadError = loadError;
    }

    static CollectionDescriptor loaded(UniqueId parent, Collection collection, java.util.List<Iteration> iterations) {
        CollectionDescriptor descriptor = new CollectionDescriptor(parent, collection.file(), collection.name(),
                collection, null);
        if (iterations.equals(java.util.List.of(Iteration.SINGLE))) {
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

    /** The collection, or {@code null} when it did not load. */
    Collection collection() {
        return collection;
    }

    /** Why the file did not load, or {@code null}. */
    LoadException loadError() {
        return loadError;
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
}
