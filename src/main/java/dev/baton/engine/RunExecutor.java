package dev.baton.engine;

import dev.baton.load.LoadException;
import dev.baton.results.RunObserver;
import dev.baton.secret.Redactor;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs every collection of an execution request: one after the other, or {@code --jobs N} at once. */
final class RunExecutor {

    private final ExecutionRequest request;
    private final EngineExecutionListener listener;
    private final RunObserver observer;

    RunExecutor(ExecutionRequest request, RunObserver observer) {
        this.request = request;
        this.observer = observer;
        this.listener = request.getEngineExecutionListener();
    }

    void run() {
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        List<CollectionDescriptor> collections = root.getChildren().stream()
                .map(CollectionDescriptor.class::cast).toList();
        RunSettings settings = RunSettings.from(request.getConfigurationParameters());
        List<Path> files = collections.stream().map(CollectionDescriptor::file).toList();
        Redactor redactor = new Redactor();
        if (collections.isEmpty()) {
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        }
        RunResources resources;
        RunContext context;
        try {
            resources = RunResources.open(settings, files);
        } catch (LoadException e) {
            failAll(collections, redactor.mask(e.render()));
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        } catch (RuntimeException e) {
            failAll(collections, "cannot start the run: " + redactor.mask(String.valueOf(e.getMessage())));
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        }
        try {
            context = new RunContext(settings, resources, redactor, listener, observer);
        } catch (RuntimeException e) {
            resources.close();
            failAll(collections, "cannot start the run: " + redactor.mask(String.valueOf(e.getMessage())));
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        }
        ExecutorService pool = settings.jobs() > 1 ? Executors.newFixedThreadPool(settings.jobs()) : null;
        try (resources; context) {
            Executor executor = pool == null ? Runnable::run : pool;
            CompletableFuture.allOf(collections.stream()
                    .map(collection -> new CollectionRunner(collection, context).run(executor))
                    .toArray(CompletableFuture<?>[]::new)).join();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private void failAll(List<CollectionDescriptor> collections, String message) {
        collections.forEach(c -> {
            listener.executionStarted(c);
            listener.executionFinished(c, TestExecutionResult.failed(new StepError(message)));
        });
    }
}
