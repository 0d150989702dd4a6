package dev.baton.report;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints one line per step as it ends (PASS, FAIL, ERROR or SKIP, with its time), each failure's message
 * indented under it, and the closing line {@code N passed, N failed[, N skipped]}.
 */
public final class ConsoleReporter implements TestExecutionListener {

    private final PrintWriter out;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final RunTally tally = new RunTally();

    public ConsoleReporter(PrintWriter out) {
        this.out = out;
    }

    /** The counts so far. */
    public RunTally tally() {
        return tally;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.nanoTime());
        if (isCollection(id)) {
            out.println();
            out.println(id.getDisplayName() + id.getSource().filter(FileSource.class::isInstance)
                    .map(s -> " (" + Paths.shown(((FileSource) s).getFile().toPath()) + ")").orElse(""));
            out.flush();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            tally.skip();
            out.println("  SKIP  " + id.getDisplayName() + "  (" + reason + ")");
            out.flush();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        long millis = (System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime())) / 1_000_000;
        if (id.isTest()) {
            tally.finished(result);
            out.println("  " + label(result) + "  " + id.getDisplayName() + "  " + millis + " ms");
            result.getThrowable().ifPresent(this::printIndented);
        } else if (isCollection(id) && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            tally.brokenCollection();
            out.println("  ERROR  the collection did not run:");
            result.getThrowable().ifPresent(this::printIndented);
        }
        out.flush();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        out.println();
        out.println(tally.summary());
        out.flush();
    }

    private void printIndented(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.lines().forEach(line -> out.println("        " + line));
    }

    private static String label(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "PASS ";
            case ABORTED -> "SKIP ";
            case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                    ? "FAIL " : "ERROR";
        };
    }

    private static boolean isCollection(TestIdentifier id) {
        return id.isContainer() && id.getParentId().isPresent();
    }
}
