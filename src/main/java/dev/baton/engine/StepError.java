package dev.baton.engine;

/**
 * A step could not be carried out (transport failure, undefined variable, invalid URL, a check that cannot be
 * made): a JUnit {@code <error>}. Its message is already masked.
 */
public final class StepError extends RuntimeException {

    public StepError(String message) {
        super(message, null, false, false);
    }
}
