package dev.baton.results;

import java.nio.file.Path;
import java.util.List;

/**
 * One collection of a run.
 *
 * @param name       its name
 * @param file       its file
 * @param position   its place among the collections of the whole suite, from 0: a shard's collections keep the
 *                   places they have in the whole suite, so that merged reports list them in the same order
 * @param error      why it could not run at all, or {@code null}
 * @param iterations its iterations: one, named {@code null}, unless it ran several times; none when it could not
 *                   run
 * @param counts     how the steps of its iterations ended
 * @param notRun     how many containers could not run: the collection itself, and each iteration with an error
 */
public record CollectionResult(String name, Path file, int position, String error, List<IterationResult> iterations,
                               StepCounts counts, int notRun) {

    public CollectionResult {
        iterations = LazyList.copyOf(iterations);
    }

    /** A collection whose counts are those of its iterations. */
    public CollectionResult(String name, Path file, int position, String error, List<IterationResult> iterations) {
        this(name, file, position, error, iterations, iterations.stream().map(IterationResult::counts)
                .reduce(StepCounts.NONE, StepCounts::plus), (error == null ? 0 : 1)
                + (int) iterations.stream().filter(i -> i.error() != null).count());
    }
}
