package dev.baton.report;

import dev.baton.results.Outcome;
import dev.baton.results.StepRecord;

import java.util.Collection;

/**
 * How many steps ended each way.
 *
 * @param passed  steps that passed
 * @param failed  steps with an expectation that did not hold
 * @param errors  steps that could not be carried out
 * @param skipped steps that did not run
 */
record StepCounts(int passed, int failed, int errors, int skipped) {

    static StepCounts of(Collection<StepRecord> steps) {
        return new StepCounts(count(steps, Outcome.PASSED), count(steps, Outcome.FAILED),
                count(steps, Outcome.ERROR), count(steps, Outcome.SKIPPED));
    }

    private static int count(Collection<StepRecord> steps, Outcome outcome) {
        return (int) steps.stream().filter(s -> s.outcome() == outcome).count();
    }

    int total() {
        return passed + failed + errors + skipped;
    }
}
