package dev.baton.engine;

import dev.baton.model.Position;

/**
 * A step could not be carried out (transport failure, undefined variable, invalid URL, a check that cannot be
 * made): a JUnit {@code <error>}. The message the platform is given is masked.
 */
public final class StepError extends RuntimeException {

    private final transient Position position;

    public StepError(String message) {
        this(message, null);
    }

    /** An error at a place in a user file, or {@code null} when it has none. */
    public StepError(String message, Position position) {
        super(message, null, false, false);
        this.position = position;
    }

    /** Where it is written, or {@code null}. */
    Position position() {
        return position;
    }
}
