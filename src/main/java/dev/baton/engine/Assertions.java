package dev.baton.engine;

import dev.baton.auth.AuthorizationOutcome;
import dev.baton.model.Position;
import dev.baton.results.AssertionRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one attempt at a step as they are made: what held, what did not, why and where it is written.
 * A failure without a place of its own is placed at the step.
 */
final class Assertions {

    private final SourceLines sources;
    private final Position step;
    private final List<AssertionRecord> records = new ArrayList<>();
    private boolean unchecked;

    Assertions(SourceLines sources, Position step) {
        this.sources = sources;
        this.step = step;
    }

    void pass(String label) {
        records.add(AssertionRecord.held(label));
    }

    void fail(String label, String message) {
        fail(label, message, step);
    }

    void fail(String label, String message, Position where) {
        records.add(AssertionRecord.failed(label, sources.at(where == null ? step : where, message)));
    }

    /**
     * Records a check that could not be made at all (a body that is not JSON where a JSONPath is asked): a failure
     * that makes the step an error, while the step's other checks are still made and reported.
     */
    void cannotCheck(String label, String message, Position where) {
        unchecked = true;
        fail(label, message, where);
    }

    /** Whether some check could not be made. */
    boolean unchecked() {
        return unchecked;
    }

    /** Records each message as a failure of the label, or a pass when there is none. */
    void check(String label, List<String> failures, Position where) {
        if (failures.isEmpty()) {
            pass(label);
        } else {
            failures.forEach(f -> fail(label, f, where));
        }
    }

    /** Records checks made by an auth block or an authorization response, each a pass or a failure at the step. */
    void record(List<AuthorizationOutcome.Check> checks) {
        for (AuthorizationOutcome.Check check : checks) {
            if (check.passed()) {
                pass(check.label());
            } else {
                fail(check.label(), check.failure());
            }
        }
    }

    List<AssertionRecord> failures() {
        return records.stream().filter(r -> !r.passed()).toList();
    }

    List<AssertionRecord> records() {
        return List.copyOf(records);
    }
}
