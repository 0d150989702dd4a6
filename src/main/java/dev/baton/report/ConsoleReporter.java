package dev.baton.report;

import dev.baton.model.DisplayPath;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints one line per step as it ends (PASS, FAIL, ERROR or SKIP, with its time), each failure's message
 * indented under it, and the closing line {@code N passed, N failed[, N skipped]}. Each iteration of a repeated
 * or data-driven run is a header under its collection, its steps indented beneath it.
 *
 * <p>On a terminal the labels are coloured (unless {@code NO_COLOR} is set) and a run that takes more than a few
 * seconds shows a transient {@code [12/200] step name} line; off a terminal the output is plain text.
 */
public final class ConsoleReporter implements TestExecutionListener {

    private final ConsoleStyle style;
    private final ProgressLine out;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Set<String> iterations = ConcurrentHashMap.newKeySet();
    private final RunTally tally = new RunTally();

    /** Plain output, for files and CI logs. */
    public ConsoleReporter(PrintWriter out) {
        this(ConsoleStyle.PLAIN, ProgressLine.plain(out));
    }

    /**
     * Output for a terminal when {@code terminal} is true: the caller decides, e.g. by
     * {@code System.console() != null} when {@code out} is standard output.
     */
    public ConsoleReporter(PrintWriter out, boolean terminal) {
        this(out, terminal, ConsoleStyle.of(terminal, System.getenv()));
    }

    private ConsoleReporter(PrintWriter out, boolean terminal, ConsoleStyle style) {
        this(style, terminal ? new ProgressLine(out, true, style, ProgressLine.DEFAULT_DELAY_MILLIS, System::nanoTime)
                : ProgressLine.plain(out));
    }

    ConsoleReporter(ConsoleStyle style, ProgressLine out) {
        this.style = style;
        this.out = out;
    }

    /** The counts so far. */
    public RunTally tally() {
        return tally;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        out.start((int) testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        executionStarted(id, System.nanoTime());
    }

    /** The start of a test or container, seen at {@code nanos} (events may be replayed later, in order). */
    void executionStarted(TestIdentifier id, long nanos) {
        started.put(id.getUniqueId(), nanos);
        if (isCollection(id)) {
            out.println("");
            out.println(style.bold(id.getDisplayName()) + id.getSource().filter(FileSource.class::isInstance)
                    .map(s -> " (" + DisplayPath.of(((FileSource) s).getFile().toPath()) + ")").orElse(""));
        } else if (isIteration(id)) {
            iterations.add(id.getUniqueId());
            out.println("  " + style.bold(id.getDisplayName()));
        } else if (id.isTest()) {
            out.stepStarted(id.getDisplayName());
        }
        out.flush();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            tally.skip();
            out.stepEnded();
            out.println(indent(id) + "  " + style.yellow("SKIP") + "  " + id.getDisplayName() + "  (" + reason + ")");
            out.flush();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        executionFinished(id, result, System.nanoTime());
    }

    /** The end of a test or container, seen at {@code nanos}. */
    void executionFinished(TestIdentifier id, TestExecutionResult result, long nanos) {
        long millis = (nanos - started.getOrDefault(id.getUniqueId(), nanos)) / 1_000_000;
        if (id.isTest()) {
            tally.finished(result);
            out.stepEnded();
            out.println(indent(id) + "  " + label(result) + "  " + id.getDisplayName() + "  " + millis + " ms");
            result.getThrowable().ifPresent(error -> printIndented(indent(id), error));
        } else if (isCollection(id) && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            tally.brokenCollection();
            out.println("  " + style.red("ERROR") + "  the collection did not run:");
            result.getThrowable().ifPresent(error -> printIndented("", error));
        } else if (isIteration(id) && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            tally.brokenCollection();
            out.println("    " + style.red("ERROR") + "  the iteration did not run:");
            result.getThrowable().ifPresent(error -> printIndented("  ", error));
        }
        out.flush();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        out.stop();
        out.println("");
        out.println(style.bold(tally.summary()));
        out.flush();
    }

    private void printIndented(String indent, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.lines().forEach(line -> out.println(indent + "        " + line));
    }

    private String indent(TestIdentifier id) {
        return id.getParentId().filter(iterations::contains).isPresent() ? "  " : "";
    }

    private String label(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> style.green("PASS") + " ";
            case ABORTED -> style.yellow("SKIP") + " ";
            case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                    ? style.red("FAIL") + " " : style.red("ERROR");
        };
    }

    /** A collection: a container right under the engine, {@code [engine:baton]/[collection:...]}. */
    private static boolean isCollection(TestIdentifier id) {
        return id.isContainer() && id.getUniqueIdObject().getSegments().size() == 2;
    }

    /** An iteration: a container one level below its collection. */
    private static boolean isIteration(TestIdentifier id) {
        return id.isContainer() && id.getUniqueIdObject().getSegments().size() == 3;
    }
}
