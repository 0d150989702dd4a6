package dev.baton.engine;

import dev.baton.load.CollectionFiles;
import dev.baton.load.CollectionLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.results.RunObserver;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Baton JUnit Platform engine: each collection file selected (by file or directory) is a container,
 * each of its steps a test.
 */
public final class BatonTestEngine implements TestEngine {

    /** The engine id. */
    public static final String ID = "baton";

    private final RunObserver observer;

    /** The engine as the JUnit Platform finds it: reports come from the platform alone. */
    public BatonTestEngine() {
        this(RunObserver.NONE);
    }

    /** An engine that also tells {@code observer} the details of every step, for Baton's own reports. */
    public BatonTestEngine(RunObserver observer) {
        this.observer = observer;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.baton");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("baton");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Baton");
        RunSettings settings = RunSettings.from(request.getConfigurationParameters());
        List<Iteration> iterations;
        try {
            iterations = RunPlan.iterations(settings);
        } catch (LoadException e) {
            collectionFiles(request).forEach(file -> engine.addChild(CollectionDescriptor.broken(uniqueId, file, e)));
            return engine;
        }
        CollectionLoader loader = new CollectionLoader();
        for (Path file : collectionFiles(request)) {
            try {
                Collection collection = RunPlan.select(loader.load(file), settings);
                if (!collection.steps().isEmpty()) {
                    engine.addChild(CollectionDescriptor.loaded(uniqueId, collection, iterations));
                }
            } catch (LoadException e) {
                engine.addChild(CollectionDescriptor.broken(uniqueId, file, e));
            }
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new RunExecutor(request, observer).run();
    }

    /** The collection files a request selects, in a stable order, each once. */
    static List<Path> collectionFiles(EngineDiscoveryRequest request) {
        List<Path> files = new ArrayList<>();
        request.getSelectorsByType(FileSelector.class).forEach(s -> files.add(s.getPath()));
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            files.addAll(collectionsIn(selector.getPath()));
        }
        return files.stream().map(Path::normalize).distinct().toList();
    }

    /** The collections in a directory tree, sorted; environments and other YAML files are left aside. */
    public static List<Path> collectionsIn(Path directory) {
        return CollectionFiles.in(directory).collections();
    }
}
