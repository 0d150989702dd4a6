package dev.baton.engine;

/** A step's expectations did not hold: a JUnit {@code <failure>}. Its message is already masked. */
public final class StepFailure extends AssertionError {

    public StepFailure(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
