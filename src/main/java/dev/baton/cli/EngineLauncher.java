package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.engine.InputError;
import dev.baton.engine.StepError;
import dev.baton.engine.StepFailure;
import dev.baton.report.Streams;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs Baton's engine the way the JUnit Launcher does (discover, apply the post-discovery filters, prune, execute)
 * without keeping what the Launcher keeps: its test plan holds an identifier of every test and container, those
 * made while the run goes included, until the run ends, so a run of a hundred thousand iterations would grow by as
 * many. Surefire and Gradle still run the engine through their Launcher.
 */
final class EngineLauncher {

    private final BatonTestEngine engine;
    private final Streams streams;
    private final boolean debug;

    /** @param debug whether a fault in Baton is told with its stack trace */
    EngineLauncher(BatonTestEngine engine, Streams streams, boolean debug) {
        this.engine = engine;
        this.streams = streams;
        this.debug = debug;
    }

    /** How a run ended, as the exit code tells it. */
    enum Ending {
        /** Every test and container ran and passed (or was skipped). */
        PASSED,
        /** A test or container failed. */
        FAILED,
        /** A user file turned bad during the run (a {@code --data} file that no longer reads). */
        BAD_INPUT,
        /** The engine itself failed, or a step failed with neither a step error nor a failed check: a fault in Baton. */
        BROKEN
    }

    Ending run(LauncherDiscoveryRequest request, List<PostDiscoveryFilter> filters) {
        TestDescriptor root = engine.discover(request, UniqueId.forEngine(engine.getId()));
        Filter<TestDescriptor> chosen = Filter.composeFilters(filters);
        root.accept(descriptor -> {
            if (!descriptor.isRoot() && descriptor.getChildren().isEmpty()
                    && chosen.apply(descriptor).excluded()) {
                descriptor.removeFromHierarchy();
            }
        });
        root.accept(TestDescriptor::prune);
        Outcomes outcomes = new Outcomes();
        try (NamespacedHierarchicalStore<Namespace> store = new NamespacedHierarchicalStore<>(null)) {
            engine.execute(ExecutionRequest.create(root, outcomes, request.getConfigurationParameters(),
                    NO_OUTPUT_DIRECTORIES, store));
        }
        if (outcomes.fault != null) {
            InternalFault.report(outcomes.fault, debug, streams.err());
        }
        if (outcomes.broken || outcomes.fault != null) {
            return Ending.BROKEN;
        }
        return outcomes.badInput ? Ending.BAD_INPUT : outcomes.failed ? Ending.FAILED : Ending.PASSED;
    }

    /** Baton's engine writes its reports where {@code baton.reporters} says, never in per-test folders. */
    private static final OutputDirectoryCreator NO_OUTPUT_DIRECTORIES = new OutputDirectoryCreator() {
        @Override
        public Path getRootDirectory() {
            return Path.of("").toAbsolutePath();
        }

        @Override
        public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
            throw new IOException("Baton's engine writes no output folders");
        }
    };

    /** What the run's events say, kept as three flags and the first fault in Baton. */
    private final class Outcomes implements EngineExecutionListener {
        private volatile boolean failed;
        private volatile boolean badInput;
        private volatile boolean broken;
        private volatile Throwable fault;

        @Override
        public void executionFinished(TestDescriptor descriptor, TestExecutionResult result) {
            if (result.getStatus() != TestExecutionResult.Status.FAILED) {
                return;
            }
            if (descriptor.isRoot()) {
                broken = true;
                result.getThrowable().ifPresent(e -> streams.err().println("error: " + e.getMessage()));
            } else {
                failed = true;
                badInput |= result.getThrowable().filter(InputError.class::isInstance).isPresent();
                result.getThrowable().filter(e -> !(e instanceof StepError) && !(e instanceof StepFailure)
                        && !(e instanceof InputError)).ifPresent(this::faulted);
            }
        }

        private synchronized void faulted(Throwable thrown) {
            if (fault == null) {
                fault = thrown;
            }
        }
    }
}
