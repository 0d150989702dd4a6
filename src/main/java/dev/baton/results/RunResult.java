package dev.baton.results;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole run as one ordered tree, collections, iterations and steps in plan order: every report is a function
 * of it. A run that was stopped holds every step of its plan too, those that never ran skipped.
 *
 * @param startedAt   when the run started
 * @param finishedAt  when it ended
 * @param interrupted whether it was stopped before it ended
 * @param environment the environment's name
 * @param suite       which suite, and which shard of it, the run ran
 * @param collections the collections, in plan order
 * @param timings     how long each step took across iterations and retries, in plan order (the walk of the
 *                    collections gives them when {@code null})
 */
public record RunResult(Instant startedAt, Instant finishedAt, boolean interrupted, String environment, Suite suite,
                        List<CollectionResult> collections, List<StepTimings> timings) {

    /** The message of the step that was running when the run was stopped. */
    public static final String INTERRUPTED_STEP = "interrupted";
    /** The skip reason of the steps a stopped run did not run. */
    public static final String NOT_RUN = "not run: the run was interrupted";

    public RunResult {
        suite = suite == null ? Suite.UNKNOWN : suite;
        collections = LazyList.copyOf(collections);
        timings = List.copyOf(timings == null ? StepTimings.of(collections) : timings);
    }

    /** A run whose step timings are read from its collections. */
    public RunResult(Instant startedAt, Instant finishedAt, boolean interrupted, String environment, Suite suite,
                     List<CollectionResult> collections) {
        this(startedAt, finishedAt, interrupted, environment, suite, collections, null);
    }

    public long durationMillis() {
        return Math.max(0, Duration.between(startedAt, finishedAt).toMillis());
    }

    /** Every step, in plan order. */
    public Stream<StepResult> steps() {
        return collections.stream().flatMap(c -> c.iterations().stream()).flatMap(i -> i.steps().stream());
    }

    /** How every step of the run ended. */
    public StepCounts counts() {
        return collections.stream().map(CollectionResult::counts).reduce(StepCounts.NONE, StepCounts::plus);
    }

    /** How many collections and iterations could not run. */
    public int notRun() {
        return collections.stream().mapToInt(CollectionResult::notRun).sum();
    }

    /**
     * Interrupted when stopped; else passed when no step failed, errored or was inconclusive and every container
     * ran.
     */
    public RunStatus status() {
        if (interrupted) {
            return RunStatus.INTERRUPTED;
        }
        StepCounts counts = counts();
        return counts.failed() == 0 && counts.errors() == 0 && counts.inconclusive() == 0 && notRun() == 0
                ? RunStatus.PASSED : RunStatus.FAILED;
    }
}
