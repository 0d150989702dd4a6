package dev.baton.engine;

import dev.baton.load.CollectionFiles;
import dev.baton.load.CollectionLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.report.Reporter;
import dev.baton.report.Streams;
import dev.baton.results.Suite;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The Baton JUnit Platform engine: each collection file selected (by file or directory) is a container, each of
 * its iterations a container, each step a test. The platform runs the tree ({@link HierarchicalTestEngine}): in
 * order on one thread, or with {@code baton.jobs} N collections and iterations side by side on N threads, the
 * steps of one iteration always in order; its post-discovery filters choose steps by tag and name. Reports are
 * chosen by the configuration parameter {@code baton.reporters}, the same under the CLI, Maven Surefire or Gradle.
 */
public final class BatonTestEngine extends HierarchicalTestEngine<ExecutionScope> {

    /** The engine id. */
    public static final String ID = "baton";

    private final Streams streams;
    private final List<Reporter> reporters;

    /** The engine as the JUnit Platform finds it: writing to {@code System.out} and {@code System.err}. */
    public BatonTestEngine() {
        this(Streams.system(), List.of());
    }

    /**
     * An engine that writes to these streams, through their output boundary, and reports to these reporters as well
     * as to those {@code baton.reporters} names (each opened with no file).
     */
    public BatonTestEngine(Streams streams, List<Reporter> reporters) {
        this.streams = streams;
        this.reporters = List.copyOf(reporters);
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

    /**
     * Loads every collection selected, then keeps the units of this run's shard (all of them without one); a file
     * that does not load is a collection that fails with why, and settings that cannot be used (a data file or
     * shard timings that do not read, a shard that is not {@code I/N}) fail every collection.
     */
    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        BatonEngineDescriptor engine = new BatonEngineDescriptor(uniqueId, request.getConfigurationParameters(),
                reporters);
        RunSettings settings = RunSettings.from(request.getConfigurationParameters());
        List<Path> files = collectionFiles(request);
        Iterations iterations;
        Sharding sharding;
        try {
            iterations = Iterations.of(settings);
            sharding = Sharding.of(settings);
        } catch (LoadException e) {
            for (int i = 0; i < files.size(); i++) {
                engine.addChild(CollectionDescriptor.broken(uniqueId, files.get(i), i, e));
            }
            return engine;
        }
        CollectionLoader loader = new CollectionLoader();
        List<SuiteIdentity.Member> members = new ArrayList<>();
        List<LoadException> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                members.add(new SuiteIdentity.Member(file, loader.load(file)));
                errors.add(null);
            } catch (LoadException e) {
                members.add(new SuiteIdentity.Member(file, null));
                errors.add(e);
            }
        }
        String environments = settings.environments().isEmpty() ? RunResources.DEFAULT_ENVIRONMENT
                : String.join(",", settings.environments());
        engine.suite(new Suite(SuiteIdentity.of(environments, iterations, members), sharding.shard().orElse(null)));
        List<BitSet> chosen = sharding.deal(members, iterations);
        for (int i = 0; i < members.size(); i++) {
            Collection collection = members.get(i).collection();
            if (chosen.get(i).isEmpty()) {
                continue;
            }
            if (collection == null) {
                engine.addChild(CollectionDescriptor.broken(uniqueId, files.get(i), i, errors.get(i)));
            } else if (!collection.steps().isEmpty()) {
                engine.addChild(CollectionDescriptor.loaded(uniqueId, collection, i, iterations, chosen.get(i)));
            }
        }
        return engine;
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        int jobs = RunSettings.from(request.getConfigurationParameters()).jobs();
        return jobs > 1 ? new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(jobs))
                : new SameThreadHierarchicalTestExecutorService();
    }

    @Override
    protected ExecutionScope createExecutionContext(ExecutionRequest request) {
        return new ExecutionScope(new RunContext(RunSettings.from(request.getConfigurationParameters()), streams,
                request.getEngineExecutionListener()));
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
