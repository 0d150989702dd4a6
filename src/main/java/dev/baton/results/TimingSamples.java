package dev.baton.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tries of each step of each collection, gathered as a run's steps are told in plan order (eight bytes a try),
 * so that the {@link StepTimings} of a large run need no walk of its whole tree at the end. Used from one thread at a
 * time.
 */
public final class TimingSamples {

    private final List<String> collections;
    private final List<Map<String, Samples>> steps = new ArrayList<>();

    /** Samples for collections of these names, in plan order. */
    public TimingSamples(List<String> collections) {
        this.collections = List.copyOf(collections);
        collections.forEach(c -> steps.add(new LinkedHashMap<>()));
    }

    /** Adds the tries of a step of the {@code collection}th collection. */
    public void add(int collection, StepResult step) {
        Samples samples = steps.get(collection).computeIfAbsent(step.name(), k -> new Samples());
        step.attemptMillis().forEach(samples::add);
    }

    /** The timings of every step that ran, collections and steps in plan order. */
    public List<StepTimings> timings() {
        List<StepTimings> timings = new ArrayList<>();
        for (int c = 0; c < collections.size(); c++) {
            String collection = collections.get(c);
            steps.get(c).forEach((step, samples) -> {
                if (samples.size > 0) {
                    timings.add(samples.timings(collection, step));
                }
            });
        }
        return timings;
    }

    /** One step's tries. */
    private static final class Samples {
        private long[] millis = new long[4];
        private int size;

        void add(long value) {
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
            }
            millis[size++] = value;
        }

        StepTimings timings(String collection, String step) {
            long[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            return new StepTimings(collection, step, size, sorted[0], sorted[StepTimings.rank(size, 50)],
                    sorted[StepTimings.rank(size, 95)], sorted[size - 1]);
        }
    }
}
