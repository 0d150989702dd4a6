package dev.baton.report;

import dev.baton.results.StepRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole run as the reports written at its end see it: collections in run order, their iterations by number,
 * the steps of each by their position in the collection.
 *
 * @param startedAt   when the run started
 * @param finishedAt  when it ended
 * @param collections the collections, in run order
 */
record RecordedRun(Instant startedAt, Instant finishedAt, List<CollectionRun> collections) {

    RecordedRun {
        collections = List.copyOf(collections);
    }

    long durationMillis() {
        return Math.max(0, Duration.between(startedAt, finishedAt).toMillis());
    }

    /** Every step, in report order. */
    Stream<StepRecord> steps() {
        return collections.stream().flatMap(c -> c.iterations().stream()).flatMap(i -> i.steps().stream());
    }

    StepCounts counts() {
        return StepCounts.of(steps().toList());
    }

    /** Whether no step failed or errored and every collection and iteration ran. */
    boolean passed() {
        return counts().failed() == 0 && counts().errors() == 0 && collections.stream().noneMatch(c -> c.error() != null
                || c.iterations().stream().anyMatch(i -> i.error() != null));
    }

    /**
     * One collection of the run.
     *
     * @param name       its name
     * @param file       its file
     * @param error      why it could not run, or {@code null}
     * @param iterations its iterations: one, named {@code null}, unless it ran several times
     */
    record CollectionRun(String name, Path file, String error, List<IterationRun> iterations) {
        CollectionRun {
            iterations = List.copyOf(iterations);
        }
    }

    /**
     * One pass over a collection's steps.
     *
     * @param name  its name, e.g. {@code #2 alice}, or {@code null} for the only pass of a plain run
     * @param error why it could not run, or {@code null}
     * @param steps its steps, by position
     */
    record IterationRun(String name, String error, List<StepRecord> steps) {
        IterationRun {
            steps = List.copyOf(steps);
        }
    }
}
