package dev.baton.results;

/**
 * One expectation of a step and how it went.
 *
 * @param label   what was checked, e.g. {@code json $.token_type}
 * @param passed  whether it held
 * @param message why it did not hold, or empty
 */
public record AssertionRecord(String label, boolean passed, String message) {
}
