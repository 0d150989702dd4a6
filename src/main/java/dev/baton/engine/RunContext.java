package dev.baton.engine;

import dev.baton.auth.StoredTokens;
import dev.baton.http.ApacheHttpSender;
import dev.baton.results.RunObserver;
import dev.baton.secret.Redactor;
import org.junit.platform.engine.EngineExecutionListener;

import java.util.concurrent.atomic.AtomicBoolean;

/** What every collection and iteration of one execution shares. */
final class RunContext implements AutoCloseable {

    private final RunSettings settings;
    private final RunResources resources;
    private final Redactor redactor;
    private final EngineExecutionListener listener;
    private final RunObserver observer;
    private final TokenBroker tokens;
    private final ApacheHttpSender pool;
    private volatile String bailedAt;
    private final AtomicBoolean started = new AtomicBoolean();

    RunContext(RunSettings settings, RunResources resources, Redactor redactor, EngineExecutionListener listener,
               RunObserver observer) {
        this.settings = settings;
        this.resources = resources;
        this.redactor = redactor;
        this.listener = listener;
        this.observer = observer;
        this.pool = new ApacheHttpSender(settings.network().http(settings.timeout()), redactor::add);
        this.tokens = new TokenBroker(pool.session(), redactor, environmentKey(settings));
    }

    /** How {@code baton auth login} names the environment the run uses. */
    static String environmentKey(RunSettings settings) {
        return StoredTokens.environmentKey(settings.environment().orElse(RunResources.DEFAULT_ENVIRONMENT));
    }

    /** The access tokens of the run's token helpers. */
    TokenBroker tokens() {
        return tokens;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (java.io.IOException ignored) {
            // nothing is left to send on
        }
    }

    /** A sender for one iteration: the run's connection pool, with cookies of its own. */
    ApacheHttpSender session() {
        return pool.session();
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
