package dev.baton.report.console;

import dev.baton.model.DisplayPath;
import dev.baton.report.Reporter;
import dev.baton.report.ReporterContext;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepCounts;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.StepTimings;
import dev.baton.results.UnitOutline;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import java.io.PrintWriter;

/**
 * {@code console}: one line per step as it ends (PASS, FAIL, ERROR or SKIP, with its time), each failure under it
 * with where it is written ({@code file:line:col}, the line and a caret), and the closing line
 * {@code N passed, N failed[, N skipped]}. Each iteration of a repeated or data-driven run is a header under its
 * collection, its steps indented beneath it.
 *
 * <p>On a terminal the labels are coloured (unless {@code NO_COLOR} is set) and a run that takes more than a few
 * seconds shows a transient {@code [12/200] step name} line; off a terminal the output is plain text. The
 * configuration parameter {@value #TERMINAL} ({@code true} or {@code false}) says which, else it is a terminal when
 * the JVM has a console.
 *
 * <p>Each value of data (names, messages, paths) is masked as it goes in; the labels, the closing line and the other
 * fixed words never are, so a secret such as {@code PASS} or {@code failed} does not change them.
 */
public final class ConsoleReporter implements Reporter {

    /** Configuration parameter: whether standard output is a terminal. */
    public static final String TERMINAL = "baton.console.terminal";

    private ConsoleStyle style;
    private ProgressLine out;
    private OutputBoundary output;

    /** The reporter as {@code baton.reporters} makes it; it reads the terminal setting when it opens. */
    public ConsoleReporter() {
    }

    /** A reporter onto {@code out}, masking with no secrets until it is opened. */
    ConsoleReporter(ConsoleStyle style, ProgressLine out) {
        this.style = style;
        this.out = out;
        this.output = new OutputBoundary(new Redactor());
    }

    @Override
    public String kind() {
        return "console";
    }

    @Override
    public boolean writesFile() {
        return false;
    }

    @Override
    public void open(ReporterContext context) {
        output = context.output();
        if (out != null) {
            return;
        }
        PrintWriter stdout = output.composed(context.streams().out());
        boolean terminal = context.parameter(TERMINAL).map(Boolean::parseBoolean).orElse(System.console() != null);
        style = ConsoleStyle.of(terminal, System.getenv());
        out = terminal ? new ProgressLine(stdout, true, style, ProgressLine.DEFAULT_DELAY_MILLIS, System::nanoTime)
                : ProgressLine.plain(stdout);
    }

    @Override
    public void runStarted(RunOutline outline) {
        out.start(outline.steps());
    }

    @Override
    public void unitStarted(UnitOutline unit) {
        if (unit.first()) {
            out.println("");
            out.println(style.bold(shown(unit.collection())) + " (" + shown(DisplayPath.of(unit.file())) + ")");
        }
        if (unit.iteration() != null) {
            out.println("  " + style.bold(shown(unit.iteration())));
        }
        out.flush();
    }

    @Override
    public void stepStarted(UnitOutline unit, StepOutline step) {
        out.stepStarted(shown(step.name()));
    }

    @Override
    public void stepFinished(UnitOutline unit, StepResult step) {
        String indent = unit.iteration() == null ? "" : "  ";
        StringBuilder text = new StringBuilder();
        if (step.outcome() == Outcome.SKIPPED || step.outcome() == Outcome.NOT_APPLICABLE) {
            text.append(indent).append("  ").append(style.yellow(step.outcome() == Outcome.SKIPPED ? "SKIP" : "N/A "))
                    .append("  ").append(shown(step.name())).append("  (").append(shown(step.message())).append(')');
        } else {
            text.append(indent).append("  ").append(label(step.outcome())).append("  ").append(shown(step.name()))
                    .append("  ").append(step.durationMillis()).append(" ms");
            if (step.problems().isEmpty()) {
                indented(text, indent + "        ", step.message());
            }
            step.problems().forEach(problem -> indented(text, indent + "        ", problem.render()));
        }
        out.stepEnded();
        out.println(text.toString());
        out.flush();
    }

    @Override
    public void unitFinished(UnitOutline unit, IterationResult result) {
        if (result.error() != null && unit.iteration() != null) {
            StringBuilder text = new StringBuilder("    " + style.red("ERROR") + "  the iteration did not run:");
            indented(text, "          ", result.error());
            out.println(text.toString());
            out.flush();
        }
    }

    @Override
    public void collectionFinished(CollectionResult collection) {
        if (collection.error() != null) {
            StringBuilder text = new StringBuilder("  " + style.red("ERROR") + "  the collection did not run:");
            indented(text, "        ", collection.error());
            out.println(text.toString());
            out.flush();
        }
    }

    @Override
    public void runFinished(RunResult run) {
        out.stop();
        out.println("");
        if (run.interrupted()) {
            out.println(style.yellow("interrupted:") + " the run was stopped; the steps it did not run are skipped");
        }
        if (StepTimings.repeated(run)) {
            TimingTable.lines(run.timings()).forEach(out::println);
            out.println("");
        }
        out.println(style.bold(summary(run)));
        out.flush();
    }

    /**
     * {@code N passed, N failed}, with {@code , N skipped} when any were skipped and, for an audit, the probes that
     * did not apply and those that could not tell; containers that did not run fail.
     */
    public static String summary(RunResult run) {
        StepCounts counts = run.counts();
        long broken = run.notRun();
        StringBuilder line = new StringBuilder().append(counts.passed()).append(" passed, ")
                .append(counts.failed() + counts.errors() + broken).append(" failed");
        if (counts.skipped() > 0) {
            line.append(", ").append(counts.skipped()).append(" skipped");
        }
        if (counts.notApplicable() > 0) {
            line.append(", ").append(counts.notApplicable()).append(" not applicable");
        }
        if (counts.inconclusive() > 0) {
            line.append(", ").append(counts.inconclusive()).append(" inconclusive");
        }
        return line.toString();
    }

    private void indented(StringBuilder text, String indent, String message) {
        if (message != null && !message.isEmpty()) {
            shown(message).lines().forEach(line -> text.append(System.lineSeparator()).append(indent).append(line));
        }
    }

    /** A value of data as it may be shown. */
    private String shown(String value) {
        return output.text(value);
    }

    private String label(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> style.green("PASS") + " ";
            case FAILED -> style.red("FAIL") + " ";
            case ERROR -> style.red("ERROR");
            case SKIPPED -> style.yellow("SKIP") + " ";
            case NOT_APPLICABLE -> style.yellow("N/A") + "  ";
            case INCONCLUSIVE -> style.yellow("INCON");
        };
    }
}
