package dev.baton.engine;

import dev.baton.results.AssertionRecord;

import java.util.ArrayList;
import java.util.List;

/** The checks of one step as they are made: what held, what did not and why. */
final class Assertions {

    private final List<AssertionRecord> records = new ArrayList<>();

    void pass(String label) {
        records.add(new AssertionRecord(label, true, ""));
    }

    void fail(String label, String message) {
        records.add(new AssertionRecord(label, false, message));
    }

    /** Records each message as a failure of the label, or a pass when there is none. */
    void check(String label, List<String> failures) {
        if (failures.isEmpty()) {
            pass(label);
        } else {
            failures.forEach(f -> fail(label, f));
        }
    }

    List<String> failures() {
        return records.stream().filter(r -> !r.passed()).map(AssertionRecord::message).toList();
    }

    List<AssertionRecord> records() {
        return List.copyOf(records);
    }
}
