package dev.baton.report;

import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;

import java.io.IOException;

/**
 * A report of a run: Baton's service-provider interface for reports. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.baton.report.Reporter}) and chosen by the
 * configuration parameter {@code baton.reporters} ({@code json:target/baton.json,html:target/baton.html}), which
 * the CLI's {@code --reporter KIND:FILE} sets too; so the CLI, Maven Surefire and Gradle write the same reports.
 *
 * <p>Each entry of {@code baton.reporters} makes a new instance (a public no-argument constructor is needed). The
 * engine calls one reporter from one thread at a time, and always in plan order: units (an iteration, or the only
 * pass of a plain collection) and their steps arrive in the order of the plan, whatever order they finished in.
 * {@link #runFinished} receives the whole result tree; it is called exactly once, also when the run is stopped, and
 * the file reporters' {@code runFinished} run at the same time, each on a thread of its own (so a reporter keeps no
 * state it shares with another). A
 * large tree is read back from disk as it is walked ({@link dev.baton.results.LazyList}): walk it in order, as often
 * as needed, during {@code runFinished} only (the counts at each level need no walk), and write as you go rather
 * than building the whole report in memory.
 * Every text written must go through the {@link ReporterContext#output() output boundary}, which masks secrets.
 */
public interface Reporter {

    /** The kind, as written before the colon in {@code baton.reporters}: {@code json}, {@code html}... */
    String kind();

    /** Whether it writes a file named after the colon ({@code json:FILE}); else it writes to the console. */
    default boolean writesFile() {
        return true;
    }

    /** Whether it shows requests and responses: only then does the engine record them. */
    default boolean showsExchanges() {
        return false;
    }

    /** Whether it reads the variables of each unit at its end ({@code IterationResult.variables}); else they are empty. */
    default boolean readsVariables() {
        return false;
    }

    /** Prepares the report before the first request; a target that cannot be written fails here. */
    void open(ReporterContext context) throws IOException;

    /** The run starts with this plan. */
    default void runStarted(RunOutline outline) {
    }

    /** A unit starts, in plan order. */
    default void unitStarted(UnitOutline unit) {
    }

    /** A step starts running; only told for the unit reported now, as a hint of progress. */
    default void stepStarted(UnitOutline unit, StepOutline step) {
    }

    /** A step ended (or was skipped), in plan order. */
    default void stepFinished(UnitOutline unit, StepResult step) {
    }

    /** A unit ended, in plan order, after its steps. */
    default void unitFinished(UnitOutline unit, IterationResult result) {
    }

    /** A collection ended, in plan order, after its units. */
    default void collectionFinished(CollectionResult collection) {
    }

    /** The run ended, or was stopped: the whole result tree, in plan order. */
    void runFinished(RunResult run) throws IOException;
}
