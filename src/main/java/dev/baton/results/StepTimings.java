package dev.baton.results;

import java.util.List;

/**
 * How long each step of each collection took across a run's iterations and retries: the number of tries and
 * their minimum, median, 95th percentile and maximum, by the nearest-rank method (each a time that was measured).
 *
 * @param collection the collection's name
 * @param step       the step's name
 * @param samples    how many tries were timed
 * @param min        the fastest, in milliseconds
 * @param median     the median
 * @param p95        the 95th percentile
 * @param max        the slowest
 */
public record StepTimings(String collection, String step, int samples, long min, long median, long p95, long max) {

    /** The timings of every step that ran, collections and steps in plan order, from a walk of the whole tree. */
    static List<StepTimings> of(List<CollectionResult> collections) {
        List<String> names = collections.stream().map(CollectionResult::name).toList();
        TimingSamples samples = new TimingSamples(names);
        for (int c = 0; c < names.size(); c++) {
            for (IterationResult iteration : collections.get(c).iterations()) {
                for (StepResult step : iteration.steps()) {
                    samples.add(c, step);
                }
            }
        }
        return samples.timings();
    }

    /**
     * Whether a run repeated its steps (several iterations of a collection) and some of them ran, so that its timings
     * tell something.
     */
    public static boolean repeated(RunResult run) {
        return !run.timings().isEmpty() && run.collections().stream().anyMatch(c -> c.iterations().size() > 1);
    }

    /**
     * The nearest-rank percentile of {@code size} sorted samples: the index of the smallest sample with at least
     * {@code percent}% of samples at or below it.
     */
    static int rank(int size, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return Math.max(0, rank - 1);
    }
}
