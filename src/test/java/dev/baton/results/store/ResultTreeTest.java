package dev.baton.results.store;

import dev.baton.model.Position;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.StepResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A result tree reads its units and steps back whole, in order, the last one read kept. */
class ResultTreeTest {

    private static StepResult step(String name) {
        return new StepResult(name, new Position("c.yaml", 3, 5), Outcome.PASSED, "", List.of(),
                Instant.parse("2025-06-01T10:00:00Z"), 4, List.of(), Map.of("id", name), List.of());
    }

    @Test
    void unitsAndStepsComeBackInOrderAndTheLastReadIsNotDecodedAgain() {
        try (ResultTree tree = new ResultTree(0)) {
            long[] units = new long[3];
            for (int u = 0; u < units.length; u++) {
                ResultTree.Unit unit = tree.unit();
                unit.add(step("s" + u + "a"));
                unit.add(step("s" + u + "b"));
                units[u] = unit.finish("row " + u, u + 1, null, Map.of());
            }
            List<IterationResult> iterations = tree.iterations(units);

            assertEquals(List.of("s0a", "s0b", "s1a", "s1b", "s2a", "s2b"), iterations.stream()
                    .flatMap(i -> i.steps().stream()).map(StepResult::name).toList());
            assertEquals(step("s1b"), iterations.get(1).steps().get(1));
            List<StepResult> steps = iterations.get(2).steps();
            assertSame(steps.get(0), steps.get(0), "the step just read is kept");
            StepResult first = steps.get(0);
            assertNotSame(first, steps.get(1));
            assertEquals(first, steps.get(0), "read again after another, the same step");
            assertEquals("row 2", iterations.get(2).name());
            assertEquals(2, iterations.get(2).counts().passed());
        }
    }

    @Test
    void aStepsExchangesComeBackWholeWhenWalkedAndHeldOnRequest() {
        ExchangeRecord first = new ExchangeRecord("POST", "https://auth.example/token",
                List.of(new HeaderRecord("Content-Type", "application/x-www-form-urlencoded")), "grant_type=code", 200,
                List.of(new HeaderRecord("Cache-Control", "no-store")), "{\"access_token\":\"t\"}",
                "application/json", 12);
        ExchangeRecord second = new ExchangeRecord("GET", "https://api.example/me", List.of(), null, 0, List.of(),
                null, null, 3);
        StepResult written = new StepResult("token", new Position("c.yaml", 8, 5), Outcome.PASSED, "", List.of(),
                Instant.parse("2025-06-01T10:00:00Z"), 15, List.of(first, second), Map.of(), List.of());
        try (ResultTree tree = new ResultTree(0)) {
            ResultTree.Unit unit = tree.unit();
            unit.add(step("before"));
            unit.add(written);
            unit.add(step("after"));
            List<StepResult> steps = tree.iteration(unit.finish(null, 1, null, Map.of())).steps();

            StepResult read = steps.get(1);
            assertEquals(written, read);
            assertEquals(List.of(first, second), read.exchanges());
            assertEquals(List.of(), steps.get(0).exchanges());
            ExchangeRecord lazy = read.exchanges().get(0);
            assertSame(lazy, read.exchanges().get(0), "the exchange just read is kept");
            read.exchanges().get(1);
            assertNotSame(lazy, read.exchanges().get(0), "read again after another");
            StepResult held = read.held();
            assertEquals(written, held);
            ExchangeRecord kept = held.exchanges().get(0);
            held.exchanges().get(1);
            assertSame(kept, held.exchanges().get(0), "held in memory, not read again");
            assertSame(written, written.held(), "a step made in memory is held already");
        }
    }

    @Test
    void nothingIsReadAfterTheTreeIsClosed() {
        ResultTree tree = new ResultTree(0);
        ResultTree.Unit unit = tree.unit();
        unit.add(step("only"));
        List<StepResult> steps = tree.iteration(unit.finish(null, 1, null, Map.of())).steps();
        assertEquals("only", steps.get(0).name());
        tree.close();
        assertThrows(IllegalStateException.class, () -> steps.get(0), "not even the step read last");
    }
}
