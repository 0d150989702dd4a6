package dev.baton.engine;

import dev.baton.results.RunObserver;
import dev.baton.secret.Redactor;
import org.junit.platform.engine.EngineExecutionListener;

import java.util.concurrent.atomic.AtomicBoolean;

/** What every collection and iteration of one execution shares. */
final class RunContext {

    private final RunSettings settings;
    private final RunResources resources;
    private final Redactor redactor;
    private final EngineExecutionListener listener;
    private final RunObserver observer;
    private volatile String bailedAt;
    private final AtomicBoolean started = new AtomicBoolean();

    RunContext(RunSettings settings, RunResources resources, Redactor redactor, EngineExecutionListener listener,
               RunObserver observer) {
        this.settings = settings;
        this.resources = resources;
        this.redactor = redactor;
        this.listener = listener;
        this.observer = observer;
    }

    RunSettings settings() {
        return settings;
    }

    RunResources resources() {
        return resources;
    }

    Redactor redactor() {
        return redactor;
    }

    EngineExecutionListener listener() {
        return listener;
    }

    RunObserver observer() {
        return observer;
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
        boolean first = started.compareAndSet(false, true);
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
