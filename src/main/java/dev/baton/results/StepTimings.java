package dev.baton.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The timings of every step that ran, collections and steps in plan order. */
    public static List<StepTimings> of(RunResult run) {
        List<StepTimings> timings = new ArrayList<>();
        for (CollectionResult collection : run.collections()) {
            Map<String, List<Long>> byStep = new LinkedHashMap<>();
            for (IterationResult iteration : collection.iterations()) {
                for (StepResult step : iteration.steps()) {
                    byStep.computeIfAbsent(step.name(), k -> new ArrayList<>()).addAll(step.attemptMillis());
                }
            }
            byStep.forEach((step, samples) -> {
                if (!samples.isEmpty()) {
                    List<Long> sorted = samples.stream().sorted().toList();
                    timings.add(new StepTimings(collection.name(), step, sorted.size(), sorted.get(0),
                            rank(sorted, 50), rank(sorted, 95), sorted.get(sorted.size() - 1)));
                }
            });
        }
        return timings;
    }

    /** Whether a run repeated its steps (several iterations of a collection), so that its timings tell something. */
    public static boolean repeated(RunResult run) {
        return run.collections().stream().anyMatch(c -> c.iterations().size() > 1);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code percent}% of samples at or below it. */
    static long rank(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
