package dev.baton.report.console;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The console's output: permanent lines, and on a terminal, once a run has taken a few seconds, a transient
 * {@code [12/200] step name} line that is erased before the next permanent line. Off a terminal it only prints.
 */
final class ProgressLine {

    static final long DEFAULT_DELAY_MILLIS = 2000;
    private static final String ERASE = "\r\u001b[K";
    private static final int WIDTH = 79;

    private final PrintWriter out;
    private final boolean terminal;
    private final long delayNanos;
    private final LongSupplier nanoTime;
    private final ConsoleStyle style;
    private long startedAt;
    private int total;
    private int done;
    private String current;
    private boolean shown;
    private ScheduledExecutorService ticker;

    ProgressLine(PrintWriter out, boolean terminal, ConsoleStyle style, long delayMillis, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.style = style;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    static ProgressLine plain(PrintWriter out) {
        return new ProgressLine(out, false, ConsoleStyle.PLAIN, DEFAULT_DELAY_MILLIS, System::nanoTime);
    }

    /** The run starts with this many steps; on a terminal, a ticker keeps the line fresh during long steps. */
    synchronized void start(int steps) {
        total = steps;
        done = 0;
        startedAt = nanoTime.getAsLong();
        if (terminal && ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "baton-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleWithFixedDelay(this::draw, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stepStarted(String name) {
        current = name;
        draw();
    }

    synchronized void stepEnded() {
        done++;
        current = null;
    }

    /** Prints a permanent line, erasing the progress line first. */
    synchronized void println(String line) {
        erase();
        out.println(line);
    }

    synchronized void flush() {
        out.flush();
    }

    /** Erases the progress line for good and stops the ticker. */
    synchronized void stop() {
        erase();
        out.flush();
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    synchronized void draw() {
        if (!terminal || current == null || shown || nanoTime.getAsLong() - startedAt < delayNanos) {
            return;
        }
        String counter = "[" + Math.min(done + 1, Math.max(total, 1)) + "/" + total + "] ";
        String name = current;
        if (counter.length() + name.length() > WIDTH) {
            name = name.substring(0, Math.max(0, WIDTH - counter.length() - 1)) + "\u2026";
        }
        out.print("\r" + style.dim(counter) + name);
        out.flush();
        shown = true;
    }

    private void erase() {
        if (shown) {
            out.print(ERASE);
            shown = false;
        }
    }
}
