package dev.baton.results;

import java.util.Collection;

/**
 * How many steps ended each way.
 *
 * @param passed        steps that passed
 * @param failed        steps with an expectation that did not hold
 * @param errors        steps that could not be carried out
 * @param skipped       steps that did not run
 * @param notApplicable audit probes that do not apply to the server
 * @param inconclusive  audit probes that could not tell
 */
public record StepCounts(int passed, int failed, int errors, int skipped, int notApplicable, int inconclusive) {

    /** No step. */
    public static final StepCounts NONE = new StepCounts(0, 0, 0, 0, 0, 0);

    public static StepCounts of(Collection<StepResult> steps) {
        int[] counts = new int[Outcome.values().length];
        steps.forEach(s -> counts[s.outcome().ordinal()]++);
        return new StepCounts(counts[Outcome.PASSED.ordinal()], counts[Outcome.FAILED.ordinal()],
                counts[Outcome.ERROR.ordinal()], counts[Outcome.SKIPPED.ordinal()],
                counts[Outcome.NOT_APPLICABLE.ordinal()], counts[Outcome.INCONCLUSIVE.ordinal()]);
    }

    /** These counts and one more step that ended this way. */
    public StepCounts plus(Outcome outcome) {
        return new StepCounts(passed + one(outcome, Outcome.PASSED), failed + one(outcome, Outcome.FAILED),
                errors + one(outcome, Outcome.ERROR), skipped + one(outcome, Outcome.SKIPPED),
                notApplicable + one(outcome, Outcome.NOT_APPLICABLE), inconclusive + one(outcome, Outcome.INCONCLUSIVE));
    }

    private static int one(Outcome outcome, Outcome counted) {
        return outcome == counted ? 1 : 0;
    }

    /** Both counts added. */
    public StepCounts plus(StepCounts other) {
        return new StepCounts(passed + other.passed, failed + other.failed, errors + other.errors,
                skipped + other.skipped, notApplicable + other.notApplicable, inconclusive + other.inconclusive);
    }

    public int total() {
        return passed + failed + errors + skipped + notApplicable + inconclusive;
    }
}
