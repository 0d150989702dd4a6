package dev.baton.report;

import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code events:FILE}: a reporter that is not Baton's, found by {@link java.util.ServiceLoader} on the test class
 * path like any user's: it writes the events it was given, one a line, through the output boundary.
 */
public final class EventLog extends FileReporter {

    private final List<String> events = new ArrayList<>();

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public void unitStarted(UnitOutline unit) {
        events.add("unit " + unit.collection() + " " + unit.iteration());
    }

    @Override
    public void stepFinished(UnitOutline unit, StepResult step) {
        events.add("step " + unit.iteration() + " " + step.name() + " " + step.outcome() + " " + step.message());
    }

    @Override
    public void unitFinished(UnitOutline unit, IterationResult result) {
        events.add("end " + unit.iteration());
    }

    @Override
    public void collectionFinished(CollectionResult collection) {
        events.add("collection " + collection.name());
    }

    @Override
    protected void write(RunResult run, PrintWriter out) {
        events.add("run " + run.status() + " " + run.counts());
        out.write(String.join("\n", events) + "\n");
    }
}
