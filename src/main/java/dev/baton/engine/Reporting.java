package dev.baton.engine;

import dev.baton.report.Reporter;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExportedValue;
import dev.baton.results.Outcome;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.StepCounts;
import dev.baton.results.StepOutline;
import dev.baton.results.StepResult;
import dev.baton.results.Suite;
import dev.baton.results.TimingSamples;
import dev.baton.results.UnitOutline;
import dev.baton.results.store.LongArray;
import dev.baton.results.store.ResultTree;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The result tree of a run, its shape taken from the plan, and the reporters it feeds. Each result is written to
 * the {@link ResultTree} as it comes, from any thread, and only its offset is kept; reporters are told of units and
 * steps in plan order (a unit's results wait, on disk if need be, until every earlier unit has ended), so no reporter
 * ever re-orders anything and memory does not grow with the run. The finished tree goes to every reporter once: at
 * the end of the run, or, for a run that is stopped, from the tree as it stands, every planned step in it.
 */
final class Reporting {

    /**
     * A collection of the plan.
     *
     * @param name      its name
     * @param file      its file
     * @param position  its place among the suite's collections
     * @param firstUnit the number of its first unit in the run
     * @param units     how many units it has
     * @param steps      the steps of each of its units
     * @param iterations its units' iterations, in order, read again when asked
     */
    record Planned(String name, Path file, int position, int firstUnit, int units, List<StepOutline> steps,
                   Supplier<Iterator<Iteration>> iterations) {
        int lastUnit() {
            return firstUnit + units - 1;
        }
    }

    /** A collection's state as the run goes. */
    private static final class Progress {
        String error;
        boolean finished;
        StepCounts counts = StepCounts.NONE;
        int notRun;
    }

    /** A unit that started and has not been passed on whole to the reporters. */
    private static final class Unit {
        final UnitOutline outline;
        final int number;
        final ResultTree.Unit steps;
        int running = -1;
        int told;
        boolean startTold;
        boolean endTold;
        boolean done;
        Map<String, ExportedValue> variables = Map.of();

        Unit(UnitOutline outline, int number, ResultTree.Unit steps) {
            this.outline = outline;
            this.number = number;
            this.steps = steps;
        }
    }

    private final List<Reporter> reporters;
    private final List<Planned> plan;
    private final Progress[] progress;
    private final int unitCount;
    private final int stepCount;
    private final String environment;
    private final Suite suite;
    private final PrintWriter err;
    private final Instant startedAt = Instant.now();
    private final ResultTree tree = new ResultTree();
    private final TimingSamples timings;
    private final LongArray heads = new LongArray();
    private final Map<Integer, Unit> open = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> failures = new ArrayList<>();
    private int head;
    private boolean finished;
    /** Whether a step of a stopped run already says where it stopped. */
    private boolean stopMarked;

    Reporting(List<Reporter> reporters, List<Planned> plan, String environment, Suite suite, PrintWriter err) {
        this.reporters = List.copyOf(reporters);
        this.plan = List.copyOf(plan);
        this.progress = new Progress[plan.size()];
        for (int i = 0; i < progress.length; i++) {
            progress[i] = new Progress();
        }
        this.unitCount = plan.stream().mapToInt(Planned::units).sum();
        this.stepCount = plan.stream().mapToInt(p -> p.units() * p.steps().size()).sum();
        this.environment = environment;
        this.suite = suite;
        this.err = err;
        this.timings = new TimingSamples(plan.stream().map(Planned::name).toList());
    }

    void runStarted() {
        locked(() -> each(r -> r.runStarted(new RunOutline(unitCount, stepCount))));
    }

    /** A unit starts: iteration {@code number} named {@code name}, or a plain pass (number 1, no name). */
    void unitStarted(int unit, int number, String name) {
        locked(() -> {
            open.put(unit, new Unit(outline(plan.get(collectionOf(unit)), unit, name), number, tree.unit()));
            drain();
        });
    }

    /** Only a hint of progress: told to reporters when the unit is the one reported now, else dropped. */
    void stepStarted(StepDescriptor.Slot slot, StepOutline step) {
        locked(() -> {
            Unit unit = open.get(slot.unit());
            if (unit == null) {
                return;
            }
            unit.running = slot.index();
            if (slot.unit() == head && unit.startTold && unit.told == slot.index()) {
                each(r -> r.stepStarted(unit.outline, step));
            }
        });
    }

    void stepFinished(StepDescriptor.Slot slot, StepResult told) {
        locked(() -> {
            Unit unit = open.get(slot.unit());
            if (unit == null) {
                return;
            }
            StepResult result = stoppedAt(unit.outline.steps().get(slot.index()), told);
            unit.steps.add(result);
            unit.running = -1;
            if (slot.unit() == head && unit.startTold && unit.told == unit.steps.size() - 1) {
                unit.told++;
                tell(unit, result);
            }
            drain();
        });
    }

    void unitVariables(int unit, Map<String, ExportedValue> variables) {
        locked(() -> {
            Unit started = open.get(unit);
            if (started != null) {
                started.variables = Map.copyOf(variables);
            }
        });
    }

    void unitFinished(int unit, String error) {
        locked(() -> {
            Unit started = open.get(unit);
            if (started == null || started.done) {
                return;
            }
            end(unit, started, error);
            drain();
        });
    }

    void collectionFinished(int firstUnit, int lastUnit, String error) {
        locked(() -> {
            Progress collection = progress[collectionOf(firstUnit)];
            collection.error = error;
            collection.finished = true;
            if (error != null) {
                collection.notRun++;
            }
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
            drain();
            finished = true;
            if (interrupted) {
                completeStopped();
            }
            RunResult run = new RunResult(startedAt, Instant.now(), interrupted, environment, suite, collections(),
                    head == unitCount ? timings.timings() : null);
            try {
                ParallelReports.write(reporters, run, this::fail);
            } finally {
                tree.close();
            }
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

    /** Tells the reporters, in plan order, everything that has come for the units from the head on. */
    private void drain() {
        while (!finished && head < unitCount) {
            int index = collectionOf(head);
            Planned collection = plan.get(index);
            Progress state = progress[index];
            Unit unit = open.get(head);
            if (unit != null) {
                if (!unit.startTold) {
                    unit.startTold = true;
                    each(r -> r.unitStarted(unit.outline));
                }
                while (unit.told < unit.steps.size()) {
                    tell(unit, unit.steps.step(unit.told++));
                }
                if (!unit.done && !neverOpened(state)) {
                    return;
                }
                if (unit.done && !unit.endTold) {
                    unit.endTold = true;
                    var result = tree.iteration(heads.get(head) - 1);
                    each(r -> r.unitFinished(unit.outline, result));
                }
            } else if (!state.finished) {
                return;
            } else if (head == collection.firstUnit() && state.error != null) {
                UnitOutline outline = outline(collection, head, null);
                each(r -> r.unitStarted(outline));
            }
            if (head == collection.lastUnit()) {
                if (!state.finished) {
                    return;
                }
                CollectionResult result = collection(index);
                each(r -> r.collectionFinished(result));
            }
            open.remove(head);
            head++;
        }
    }

    /** Tells the reporters of a step, in plan order, and keeps its timings. */
    private void tell(Unit unit, StepResult step) {
        timings.add(collectionOf(unit.outline.index()), step);
        each(r -> r.stepFinished(unit.outline, step));
    }

    /**
     * Whether a started unit that has not ended never will: a plain collection's only pass whose state could not be
     * made (its auth block, its variables), which fails the collection instead. The collection is reported, with
     * why, as one that did not run.
     */
    private static boolean neverOpened(Progress collection) {
        return collection.finished && collection.error != null;
    }

    private void end(int number, Unit unit, String error) {
        unit.done = true;
        long offset = unit.steps.finish(unit.outline.iteration(), unit.number, error, unit.variables);
        heads.set(number, offset + 1);
        Progress collection = progress[collectionOf(number)];
        collection.counts = collection.counts.plus(unit.steps.counts());
        if (error != null) {
            collection.notRun++;
        }
    }

    /**
     * The result as reported, noting where a stopped run stopped: a step that was running when the signal came is the
     * error "interrupted"; when none was (the signal came before the first step or between two), the first step not
     * run is that error instead, so that no report of a stopped run shows only passed and skipped steps.
     */
    private StepResult stoppedAt(StepOutline step, StepResult result) {
        boolean interrupted = result.outcome() == Outcome.ERROR && RunResult.INTERRUPTED_STEP.equals(result.message());
        if (!stopMarked && result.outcome() == Outcome.SKIPPED && RunResult.NOT_RUN.equals(result.message())) {
            result = StepResult.interrupted(step, result.startedAt());
            interrupted = true;
        }
        stopMarked |= interrupted;
        return result;
    }

    /** A stopped run: the step that was running is an error, every step that did not run is skipped. */
    private void completeStopped() {
        Instant now = Instant.now();
        for (int c = 0; c < plan.size(); c++) {
            Planned collection = plan.get(c);
            Progress state = progress[c];
            state.finished = true;
            if (collection.lastUnit() < head || state.error != null) {
                continue;
            }
            Iterator<Iteration> iterations = collection.iterations().get();
            for (int u = collection.firstUnit(); u <= collection.lastUnit() && iterations.hasNext(); u++) {
                Iteration iteration = iterations.next();
                if (heads.size() > u && heads.get(u) != 0) {
                    continue;
                }
                Unit unit = open.get(u);
                if (unit == null) {
                    unit = new Unit(outline(collection, u, iteration.name()), iteration.index(), tree.unit());
                }
                for (int s = unit.steps.size(); s < collection.steps().size(); s++) {
                    StepOutline planned = collection.steps().get(s);
                    unit.steps.add(s == unit.running ? stoppedAt(planned, StepResult.interrupted(planned, now))
                            : stoppedAt(planned, StepResult.skipped(planned, RunResult.NOT_RUN, now)));
                }
                end(u, unit, null);
            }
        }
    }

    private static UnitOutline outline(Planned collection, int unit, String name) {
        int ordinal = unit - collection.firstUnit();
        return new UnitOutline(unit, collection.name(), collection.file(), name, ordinal == 0,
                ordinal == collection.units() - 1, collection.steps());
    }

    private List<CollectionResult> collections() {
        List<CollectionResult> collections = new ArrayList<>();
        for (int c = 0; c < plan.size(); c++) {
            collections.add(collection(c));
        }
        return collections;
    }

    /** A collection as it stands: the units that ran (or were stopped), read back as they are walked. */
    private CollectionResult collection(int index) {
        Planned collection = plan.get(index);
        Progress state = progress[index];
        LongArray offsets = new LongArray();
        for (int u = collection.firstUnit(); u <= collection.lastUnit() && u < heads.size(); u++) {
            if (heads.get(u) != 0) {
                offsets.add(heads.get(u) - 1);
            }
        }
        return new CollectionResult(collection.name(), collection.file(), collection.position(), state.error,
                tree.iterations(offsets.toArray()), state.counts, state.notRun);
    }

    /** The collection a unit belongs to: a search of the plan's first units. */
    private int collectionOf(int unit) {
        int low = 0;
        int high = plan.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (plan.get(middle).firstUnit() <= unit) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
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

    private synchronized void fail(Reporter reporter, Exception e) {
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
}
