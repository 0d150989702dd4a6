package dev.baton.results;

import java.util.Collection;

/**
 * How many steps ended each way.
 *
 * @param passed  steps that passed
 * @param failed  steps with an expectation that did not hold
 * @param errors  steps that could not be carried out
 * @param skipped       steps that did not run
 * @param notApplicable audit probes that do not apply to the server
 * @param inconclusive  audit probes that could not tell
 */
public record StepCounts(int passed, int failed, int errors, int skipped, int notApplicable, int inconclusive) {

    public static StepCounts of(Collection<StepResult> steps) {
        int[] counts = new int[Outcome.values().length];
        steps.forEach(s -> counts[s.outcome().ordinal()]++);
        return new StepCounts(counts[Outcome.PASSED.ordinal()], counts[Outcome.FAILED.ordinal()],
                counts[Outcome.ERROR.ordinal()], counts[Outcome.SKIPPED.ordinal()],
                counts[Outcome.NOT_APPLICABLE.ordinal()], counts[Outcome.INCONCLUSIVE.ordinal()]);
    }

    public int total() {
        return passed + failed + errors + skipped + notApplicable + inconclusive;
    }
}
