package dev.baton.report;

import org.junit.platform.engine.TestExecutionResult;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of a run's steps, and the exit status they make. */
public final class RunTally {

    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();

    void finished(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed.incrementAndGet();
            case ABORTED -> skipped.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
    }

    void skip() {
        skipped.incrementAndGet();
    }

    void brokenCollection() {
        broken.incrementAndGet();
    }

    public int passed() {
        return passed.get();
    }

    public int failed() {
        return failed.get();
    }

    public int skipped() {
        return skipped.get();
    }

    /** Whether every step passed and every collection ran. */
    public boolean allPassed() {
        return failed.get() == 0 && broken.get() == 0;
    }

    /** {@code N passed, N failed}, with {@code , N skipped} when any were skipped. */
    public String summary() {
        String line = passed + " passed, " + (failed.get() + broken.get()) + " failed";
        return skipped.get() > 0 ? line + ", " + skipped + " skipped" : line;
    }
}
