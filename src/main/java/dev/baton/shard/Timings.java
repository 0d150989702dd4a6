package dev.baton.shard;

import dev.baton.model.DisplayPath;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;

import java.util.HashMap;
import java.util.Map;

/**
 * How long each unit took in an earlier run ({@code --shard-timings FILE}, that run's JSON report, merged or
 * whole), to balance the shards of the next; units it does not know are estimated from their step counts at the
 * earlier run's mean time per step.
 */
public final class Timings {

    /** No earlier run: units are weighed by their step counts. */
    public static final Timings NONE = new Timings(Map.of(), 0);

    private final Map<String, Long> millis;
    private final double millisPerStep;

    private Timings(Map<String, Long> millis, double millisPerStep) {
        this.millis = Map.copyOf(millis);
        this.millisPerStep = millisPerStep;
    }

    /** The durations of the units of an earlier run, keyed as {@link ShardUnit#key}. */
    public static Timings of(RunResult earlier) {
        Map<String, Long> millis = new HashMap<>();
        long totalMillis = 0;
        long totalSteps = 0;
        for (CollectionResult collection : earlier.collections()) {
            String file = DisplayPath.of(collection.file());
            for (IterationResult iteration : collection.iterations()) {
                long sum = 0;
                for (StepResult step : iteration.steps()) {
                    sum += step.durationMillis();
                }
                totalMillis += sum;
                totalSteps += iteration.steps().size();
                millis.merge(ShardUnit.key(file, iteration.name() == null ? 0 : iteration.number()), sum, Long::sum);
            }
        }
        return new Timings(millis, totalSteps == 0 ? 0 : (double) totalMillis / totalSteps);
    }

    /** Whether an earlier run was given. */
    public boolean known() {
        return !millis.isEmpty();
    }

    /**
     * What a unit weighs: without timings, its step count; with them, its time in microseconds, or an estimate from
     * its steps for a unit the earlier run did not have. Every unit weighs at least 1.
     */
    public long weight(String key, int steps) {
        if (!known()) {
            return Math.max(1, steps);
        }
        Long known = millis.get(key);
        double ms = known != null ? known : steps * millisPerStep;
        return Math.max(1, Math.round(ms * 1000));
    }
}
