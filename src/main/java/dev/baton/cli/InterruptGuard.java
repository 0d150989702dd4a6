package dev.baton.cli;

import dev.baton.report.Report;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes the reports of a run that is stopped (Ctrl-C, SIGTERM) with the steps that ran so far, from a shutdown
 * hook. Reports are finished once, by whichever comes first: the end of the run or the hook.
 */
final class InterruptGuard implements TestExecutionListener, AutoCloseable {

    private final List<Report> reports;
    private final List<TestExecutionListener> reportListeners;
    private final PrintWriter err;
    private final Thread hook = new Thread(this::interrupted, "baton-interrupt");
    private TestPlan plan;
    private boolean finished;

    InterruptGuard(List<Report> reports, List<TestExecutionListener> reportListeners, PrintWriter err) {
        this.reports = reports;
        this.reportListeners = reportListeners;
        this.err = err;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    /** Finishes the reports of a run that ended normally. */
    synchronized void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        for (Report report : reports) {
            report.finish();
        }
    }

    private synchronized void interrupted() {
        if (finished || plan == null) {
            return;
        }
        finished = true;
        for (TestExecutionListener listener : reportListeners) {
            plan.getRoots().forEach(root -> listener.executionFinished(root, TestExecutionResult.successful()));
            listener.testPlanExecutionFinished(plan);
        }
        for (Report report : reports) {
            try {
                report.finish();
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot write report: " + e.getMessage());
            }
            report.close();
        }
        err.println("interrupted: the reports hold the steps that ran");
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
