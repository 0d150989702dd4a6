package dev.baton.results;

import dev.baton.model.Diagnostic;

/**
 * One expectation or capture of a step and how it went.
 *
 * @param label   what was checked, e.g. {@code json $.token_type} or {@code capture token}
 * @param passed  whether it held
 * @param failure why it did not hold and where it is written; {@code null} when it held
 */
public record AssertionRecord(String label, boolean passed, Diagnostic failure) {

    /** A check that held. */
    public static AssertionRecord held(String label) {
        return new AssertionRecord(label, true, null);
    }

    /** A check that did not hold. */
    public static AssertionRecord failed(String label, Diagnostic failure) {
        return new AssertionRecord(label, false, failure);
    }

    /** Why it did not hold, or empty. */
    public String message() {
        return failure == null ? "" : failure.message();
    }
}
