package dev.baton.engine;

import dev.baton.report.Reporter;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExportedValue;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.UnitOutline;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The result tree of a run, its shape taken from the plan, and the reporters it feeds: results are attached to
 * their place as they come, from any thread, and passed on in plan order (a unit's events wait until every earlier
 * unit has ended), so no reporter ever re-orders anything. The finished tree goes to every reporter once: at the
 * end of the run, or, for a run that is stopped, from the tree as it stands.
 */
final class Reporting {

    private final List<Reporter> reporters;
    private final RunOutline outline;
    private final PrintWriter err;
    private final Instant startedAt = Instant.now();
    private final String environment;
    private final Unit[] units;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> failures = new ArrayList<>();
    private int head;
    private boolean finished;

    /** A unit's place in the tree and the events waiting for it to be the one reported. */
    private static final class Unit {
        final UnitOutline outline;
        final StepResult[] steps;
        final List<Consumer<Reporter>> waiting = new ArrayList<>();
        int running = -1;
        boolean started;
        boolean done;
        String error;
        String collectionError;
        Map<String, ExportedValue> variables = Map.of();

        Unit(UnitOutline outline) {
            this.outline = outline;
            this.steps = new StepResult[outline.steps().size()];
        }
    }

    Reporting(List<Reporter> reporters, RunOutline outline, String environment, PrintWriter err) {
        this.reporters = List.copyOf(reporters);
        this.outline = outline;
        this.environment = environment;
        this.err = err;
        this.units = outline.units().stream().map(Unit::new).toArray(Unit[]::new);
    }

    void runStarted() {
        locked(() -> each(r -> r.runStarted(outline)));
    }

    void unitStarted(int unit) {
        locked(() -> {
            Unit u = units[unit];
            u.started = true;
            post(unit, r -> r.unitStarted(u.outline));
        });
    }

    /** Only a hint of progress: told to reporters when the unit is the one reported now, else dropped. */
    void stepStarted(StepDescriptor.Slot slot, StepOutline step) {
        locked(() -> {
            units[slot.unit()].running = slot.index();
            if (slot.unit() == head) {
                each(r -> r.stepStarted(units[slot.unit()].outline, step));
            }
        });
    }

    void stepFinished(StepDescriptor.Slot slot, StepResult result) {
        locked(() -> {
            Unit u = units[slot.unit()];
            u.steps[slot.index()] = result;
            u.running = -1;
            post(slot.unit(), r -> r.stepFinished(u.outline, result));
        });
    }

    void unitVariables(int unit, Map<String, ExportedValue> variables) {
        locked(() -> units[unit].variables = Map.copyOf(variables));
    }

    void unitFinished(int unit, String error) {
        locked(() -> {
            Unit u = units[unit];
            u.error = error;
            IterationResult result = iteration(u, false);
            post(unit, r -> r.unitFinished(u.outline, result));
            if (!u.outline.last()) {
                u.done = true;
                drain();
            }
        });
    }

    void collectionFinished(int firstUnit, int lastUnit, String error) {
        locked(() -> {
            if (!units[firstUnit].started && error != null) {
                units[firstUnit].started = true;
                post(firstUnit, r -> r.unitStarted(units[firstUnit].outline));
            }
            units[firstUnit].collectionError = error;
            for (int u = firstUnit; u < lastUnit; u++) {
                units[u].done = true;
            }
            CollectionResult result = collection(firstUnit, false);
            post(lastUnit, r -> r.collectionFinished(result));
            units[lastUnit].done = true;
            drain();
        });
    }

    /**
     * Gives every reporter the whole tree, once; a stopped run's tree holds every planned step, those that did not
     * run skipped. Returns the problems of reporters that could not write.
     */
    List<String> finish(boolean interrupted) {
        locked(() -> {
            if (finished) {
                return;
            }
            finished = true;
            if (interrupted) {
                for (int u = head; u < units.length; u++) {
                    units[u].done = true;
                }
            }
            drain();
            RunResult run = tree(interrupted);
            eachWriting(r -> r.runFinished(run));
        });
        return List.copyOf(failures);
    }

    /** Like {@link #finish}, for a shutdown hook: gives up after {@code millis} if the engine holds the tree. */
    boolean finishWithin(long millis) {
        try {
            if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            return false;
        }
        try {
            finish(true);
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean finished() {
        lock.lock();
        try {
            return finished;
        } finally {
            lock.unlock();
        }
    }

    private RunResult tree(boolean interrupted) {
        List<CollectionResult> collections = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            if (units[u].outline.first()) {
                collections.add(collection(u, interrupted));
            }
        }
        return new RunResult(startedAt, Instant.now(), interrupted, environment, collections);
    }

    private CollectionResult collection(int first, boolean interrupted) {
        Unit head = units[first];
        List<IterationResult> iterations = new ArrayList<>();
        if (head.collectionError == null) {
            for (int u = first; u < units.length && (u == first || !units[u].outline.first()); u++) {
                iterations.add(iteration(units[u], interrupted));
            }
        }
        return new CollectionResult(head.outline.collection(), head.outline.file(), head.collectionError, iterations);
    }

    /** The unit's results; a step without one did not run (or was running when the run was stopped). */
    private IterationResult iteration(Unit unit, boolean interrupted) {
        List<StepResult> steps = new ArrayList<>(unit.steps.length);
        for (int s = 0; s < unit.steps.length; s++) {
            StepResult step = unit.steps[s];
            StepOutline planned = unit.outline.steps().get(s);
            if (step == null && interrupted && s == unit.running) {
                step = new StepResult(planned.name(), planned.position(), Outcome.ERROR, RunResult.INTERRUPTED_STEP,
                        List.of(), Instant.now(), 0, List.of(), Map.of(), List.of());
            } else if (step == null && interrupted) {
                step = StepResult.skipped(planned, RunResult.NOT_RUN, Instant.now());
            }
            if (step != null) {
                steps.add(step);
            }
        }
        return new IterationResult(unit.outline.iteration(), unit.error, steps, unit.variables);
    }

    private void post(int unit, Consumer<Reporter> event) {
        if (finished) {
            return;
        }
        units[unit].waiting.add(event);
        drain();
    }

    private void drain() {
        while (head < units.length) {
            Unit unit = units[head];
            List<Consumer<Reporter>> events = List.copyOf(unit.waiting);
            unit.waiting.clear();
            events.forEach(this::each);
            if (!unit.done || !unit.waiting.isEmpty()) {
                return;
            }
            head++;
        }
    }

    private void each(Consumer<Reporter> event) {
        for (Reporter reporter : reporters) {
            try {
                event.accept(reporter);
            } catch (RuntimeException e) {
                fail(reporter, e);
            }
        }
    }

    private void eachWriting(ReporterCall call) {
        for (Reporter reporter : reporters) {
            try {
                call.on(reporter);
            } catch (IOException | RuntimeException e) {
                fail(reporter, e);
            }
        }
    }

    private void fail(Reporter reporter, Exception e) {
        String problem = "the " + reporter.kind() + " report could not be written: " + e.getMessage();
        if (!failures.contains(problem)) {
            failures.add(problem);
            err.println("error: " + problem);
        }
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /** A reporter call that may fail to write. */
    @FunctionalInterface
    private interface ReporterCall {
        void on(Reporter reporter) throws IOException;
    }
}
