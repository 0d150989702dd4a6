package dev.baton.engine;

import dev.baton.auth.StoredTokens;
import dev.baton.http.ApacheHttpSender;
import dev.baton.load.LoadException;
import dev.baton.report.Streams;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import org.junit.platform.engine.EngineExecutionListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What every collection and iteration of one execution shares: the settings, the environment and sandbox, the
 * connection pool and the state of auth blocks (token caches), the secrets registry and output boundary, the result tree with its reporters,
 * and whether the run was stopped ({@code --bail}, a signal).
 */
final class RunContext {

    private final RunSettings settings;
    private final Streams streams;
    private final EngineExecutionListener listener;
    private final SourceLines sources = new SourceLines();
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean firstRequest = new AtomicBoolean(true);
    private final Interruption interruption = new Interruption(this);
    private Reporting reporting;
    private boolean recordsExchanges;
    private boolean exportsVariables;
    private RunResources resources;
    private RuntimeException startFailure;
    private ApacheHttpSender pool;
    private ApacheHttpSender authSender;
    private final Map<Object, Object> authState = new ConcurrentHashMap<>();
    private volatile String bailedAt;
    private volatile boolean interrupted;

    RunContext(RunSettings settings, Streams streams, EngineExecutionListener listener) {
        this.settings = settings;
        this.streams = streams;
        this.listener = listener;
    }

    /** Where the platform's events of the run go: for the iterations made as it runs. */
    EngineExecutionListener listener() {
        return listener;
    }

    /**
     * Opens what the collections share; a failure here fails every collection, with why. The results record
     * exchanges, and the variables of each unit at its end, only when a reporter reads them.
     */
    void start(Reporting reporting, boolean recordsExchanges, boolean exportsVariables,
               java.util.List<java.nio.file.Path> files) {
        this.reporting = reporting;
        this.recordsExchanges = recordsExchanges;
        this.exportsVariables = exportsVariables;
        interruption.install();
        if (files.isEmpty()) {
            return;
        }
        try {
            resources = RunResources.open(settings, files);
            pool = new ApacheHttpSender(settings.network().http(settings.timeout()), secrets()::add);
            authSender = pool.session();
        } catch (LoadException e) {
            startFailure = new StepError(output().text(e.render()));
        } catch (RuntimeException e) {
            startFailure = new StepError(output().text("cannot start the run: " + e.getMessage()));
        }
    }

    /** Fails a collection when the run could not start. */
    void checkStarted() {
        if (startFailure != null) {
            throw startFailure;
        }
    }

    /** Writes the reports and closes what {@link #start} opened. */
    java.util.List<String> finish() {
        try {
            return reporting.finish(interrupted);
        } finally {
            if (resources != null) {
                resources.close();
            }
            if (pool != null) {
                try {
                    pool.close();
                } catch (java.io.IOException ignored) {
                    // nothing is left to send on
                }
            }
            interruption.ended();
        }
    }

    /** How {@code baton auth login} names the environment the run uses. */
    static String environmentKey(RunSettings settings) {
        return StoredTokens.environmentKey(settings.environment().orElse(RunResources.DEFAULT_ENVIRONMENT));
    }

    /** The run was stopped: no step starts any more, and every exchange in flight fails now. */
    void interrupt() {
        interrupted = true;
        if (pool != null) {
            pool.abort();
        }
        running.forEach(Thread::interrupt);
    }

    boolean interrupted() {
        return interrupted;
    }

    /** Runs a step on this thread, so that a stop can reach it in a wait. */
    <T> T running(Supplier<T> step) {
        Thread thread = Thread.currentThread();
        running.add(thread);
        try {
            return step.get();
        } finally {
            running.remove(thread);
            Thread.interrupted();
        }
    }

    /** A sender for one iteration: the run's connection pool, with cookies of its own. */
    ApacheHttpSender session() {
        return pool.session();
    }

    /** A sender for the requests of auth blocks (token endpoints): the run's pool, no iteration's cookies. */
    ApacheHttpSender authSender() {
        return authSender;
    }

    /** State of auth blocks that every collection and iteration of the run shares, such as token caches. */
    <T> T shared(Object key, Class<T> type, Supplier<T> make) {
        return type.cast(authState.computeIfAbsent(key, k -> make.get()));
    }

    RunSettings settings() {
        return settings;
    }

    RunResources resources() {
        return resources;
    }

    Streams streams() {
        return streams;
    }

    OutputBoundary output() {
        return streams.boundary();
    }

    Redactor secrets() {
        return streams.boundary().secrets();
    }

    SourceLines sources() {
        return sources;
    }

    Reporting reporting() {
        return reporting;
    }

    boolean recordsExchanges() {
        return recordsExchanges;
    }

    boolean exportsVariables() {
        return exportsVariables;
    }

    /** Records a failed step; with {@code --bail}, the run stops there. */
    void stepFailed(String stepName) {
        if (settings.bail() && bailedAt == null) {
            bailedAt = stepName;
        }
    }

    /** The step whose failure stopped the run, or {@code null}. */
    String bailedAt() {
        return bailedAt;
    }

    /** Waits {@code --delay} before every step but the first. */
    void pauseBetweenRequests() {
        boolean first = firstRequest.compareAndSet(true, false);
        if (first || settings.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(settings.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
