package dev.baton.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A run stopped by SIGINT or SIGTERM: a shutdown hook marks the run stopped and aborts every exchange in flight,
 * so the engine ends quickly (the step running is an error, the rest skipped) and writes every report from the
 * result tree; if the engine has not done so within a bounded time, the hook writes them from the tree as it
 * stands. The exit status stays the signal's (130, 143).
 */
final class Interruption {

    /** How long the hook waits for the engine to end and write its reports. */
    static final long ENGINE_MILLIS = 5_000;
    /** How long the hook then waits to write the reports itself. */
    static final long REPORT_MILLIS = 5_000;

    private final RunContext run;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "baton-interrupt");

    Interruption(RunContext run) {
        this.run = run;
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run ended and its reports are written: the hook has nothing left to do. */
    void ended() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stop() {
        run.interrupt();
        try {
            if (!ended.await(ENGINE_MILLIS, TimeUnit.MILLISECONDS)) {
                run.reporting().finishWithin(REPORT_MILLIS);
            }
        } catch (InterruptedException e) {
            run.reporting().finishWithin(REPORT_MILLIS);
        }
        run.streams().out().flush();
        run.streams().err().flush();
    }
}
