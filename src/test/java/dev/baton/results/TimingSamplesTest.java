package dev.baton.results;

import dev.baton.model.Position;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The timings gathered as steps are told, against the nearest-rank definition and against a walk of the tree. */
class TimingSamplesTest {

    @Test
    void nearestRankOfOneToTwenty() {
        TimingSamples samples = new TimingSamples(List.of("c"));
        LongStream.rangeClosed(1, 20).map(i -> 21 - i).forEach(ms -> samples.add(0, step("s", List.of(ms))));

        assertEquals(List.of(new StepTimings("c", "s", 20, 1, 10, 19, 20)), samples.timings());
    }

    @Test
    void retriesCountAsTriesAndStepsThatDidNotRunAreLeftOut() {
        TimingSamples samples = new TimingSamples(List.of("a", "b"));
        samples.add(1, step("never", List.of()));
        samples.add(1, step("retried", List.of(30L, 10L, 20L)));
        samples.add(0, step("once", List.of(7L)));

        assertEquals(List.of(new StepTimings("a", "once", 1, 7, 7, 7, 7),
                new StepTimings("b", "retried", 3, 10, 20, 30, 30)), samples.timings());
    }

    @Test
    void theSameAsAWalkOfTheTree() {
        Random random = new Random(7);
        List<IterationResult> iterations = new ArrayList<>();
        TimingSamples samples = new TimingSamples(List.of("c"));
        for (int i = 0; i < 300; i++) {
            List<StepResult> steps = new ArrayList<>();
            for (String name : List.of("first", "second", "third")) {
                List<Long> tries = random.nextInt(10) == 0 ? List.of()
                        : LongStream.range(0, 1 + random.nextInt(3)).map(t -> random.nextInt(500)).boxed().toList();
                StepResult step = step(name, tries);
                steps.add(step);
                samples.add(0, step);
            }
            iterations.add(new IterationResult("#" + (i + 1), i + 1, null, steps, Map.of(), StepCounts.NONE));
        }
        CollectionResult collection = new CollectionResult("c", null, 0, null, iterations, StepCounts.NONE, 0);
        RunResult walked = new RunResult(Instant.EPOCH, Instant.EPOCH, false, "dev", null, List.of(collection));

        assertEquals(walked.timings(), samples.timings());
        assertEquals(3, walked.timings().size());
    }

    private static StepResult step(String name, List<Long> tries) {
        return new StepResult(name, new Position("c.yaml", 1, 1), Outcome.PASSED, null, List.of(), Instant.EPOCH,
                tries.stream().mapToLong(Long::longValue).sum(), List.of(), Map.of(), List.of(), tries, List.of());
    }
}
