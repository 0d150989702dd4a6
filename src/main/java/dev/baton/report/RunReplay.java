package dev.baton.report;

import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a reporter about a finished run, event by event in plan order, as the engine tells it about a run that is
 * going: for reports made from a result tree read back ({@code baton merge}), by the same reporters.
 */
public final class RunReplay {

    private RunReplay() {
    }

    public static void replay(RunResult run, Reporter reporter) throws IOException {
        int units = 0;
        for (CollectionResult collection : run.collections()) {
            units += Math.max(1, collection.iterations().size());
        }
        reporter.runStarted(new RunOutline(units, run.counts().total()));
        int index = 0;
        for (CollectionResult collection : run.collections()) {
            List<IterationResult> iterations = collection.iterations();
            if (iterations.isEmpty()) {
                reporter.unitStarted(new UnitOutline(index++, collection.name(), collection.file(), null, true, true,
                        List.of()));
            }
            for (int i = 0; i < iterations.size(); i++) {
                IterationResult iteration = iterations.get(i);
                List<StepOutline> steps = new ArrayList<>();
                iteration.steps().forEach(s -> steps.add(new StepOutline(s.name(), s.position())));
                UnitOutline unit = new UnitOutline(index++, collection.name(), collection.file(), iteration.name(),
                        i == 0, i == iterations.size() - 1, steps);
                reporter.unitStarted(unit);
                for (StepResult step : iteration.steps()) {
                    reporter.stepFinished(unit, step);
                }
                reporter.unitFinished(unit, iteration);
            }
            reporter.collectionFinished(collection);
        }
        reporter.runFinished(run);
    }
}
