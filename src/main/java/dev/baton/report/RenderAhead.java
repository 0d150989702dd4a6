package dev.baton.report;

import dev.baton.results.IterationResult;
import dev.baton.results.StepResult;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread of a run on which its file reports render their units while the run goes (see {@link UnitsAhead}),
 * so that at the end most of each report is copied rather than written. Tasks run one at a time, in the order they
 * came; when more than {@value #MAX_PENDING} wait, new ones are dropped (those units are written at the end, as
 * they would be without this thread), so memory stays flat however far the thread falls behind.
 */
public final class RenderAhead {

    /**
     * The configuration parameter that turns it on or off whatever the machine: {@code baton.reports.renderAhead}
     * {@code =true} or {@code =false}; unset, {@link #byDefault()} decides.
     */
    public static final String PARAMETER = "baton.reports.renderAhead";
    static final int MAX_PENDING = 1024;
    static final int HELD_STEPS = 16;

    private static final RenderAhead NONE = new RenderAhead(false);

    private final boolean enabled;
    private ThreadPoolExecutor thread;
    private volatile boolean stopped;
    private IterationResult heldFrom;
    private IterationResult held;

    private RenderAhead(boolean enabled) {
        this.enabled = enabled;
    }

    /** A render thread for one run, started when it is first given a task. */
    public static RenderAhead create() {
        return new RenderAhead(true);
    }

    /**
     * Whether a run renders ahead unless told: only with a processor to spare beside the engine's thread and the
     * server it may be testing on the same machine. On two, the render thread takes its time from the engine's and
     * the run is slower than with the reports written at the end (measured in bench/RESULTS.md).
     */
    public static boolean byDefault() {
        return Runtime.getRuntime().availableProcessors() > 2;
    }

    /** None: every report is written whole at the end. */
    public static RenderAhead none() {
        return NONE;
    }

    /** Whether units may be rendered ahead at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Runs {@code task} on the thread, after those given before; dropped once stopped or when too many wait. */
    synchronized void submit(Runnable task) {
        if (!enabled || stopped) {
            return;
        }
        if (thread == null) {
            thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(MAX_PENDING),
                    runnable -> {
                        Thread daemon = new Thread(runnable, "baton-render-ahead");
                        daemon.setDaemon(true);
                        return daemon;
                    }, new ThreadPoolExecutor.DiscardPolicy());
        }
        thread.execute(() -> {
            if (!stopped) {
                task.run();
            }
        });
    }

    /**
     * Stops the thread: what waits is dropped, and this returns when the task running (if any) has ended, also when
     * the calling thread is interrupted meanwhile. Called by every file reporter as the run ends; the first stops it.
     */
    public void stop() {
        ThreadPoolExecutor running;
        synchronized (this) {
            stopped = true;
            running = thread;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (running.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        synchronized (this) {
            held = null;
            heldFrom = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The unit with its steps and their exchanges read once into memory when it has few ({@value #HELD_STEPS} at
     * most), for the render thread alone: the reports of a run are given the same unit one after another, so each
     * does not read it from disk again. A larger unit is read by each as it walks it, a step at a time.
     */
    IterationResult held(IterationResult unit) {
        if (unit.steps().size() > HELD_STEPS) {
            return unit;
        }
        if (unit != heldFrom) {
            List<StepResult> steps = unit.steps().stream().map(StepResult::held).toList();
            held = new IterationResult(unit.name(), unit.number(), unit.error(), steps, unit.variables(),
                    unit.counts());
            heldFrom = unit;
        }
        return held;
    }
}
