package dev.baton.load;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;

/**
 * A problem in a user file, with the offending line so that it can be shown with a caret under the spot.
 */
public final class LoadException extends Exception {

    private final Position position;
    private final String sourceLine;

    public LoadException(Position position, String sourceLine, String message) {
        super(message);
        this.position = position;
        this.sourceLine = sourceLine;
    }

    /** Where the problem is. */
    public Position position() {
        return position;
    }

    /** The problem, then {@code --> file:line:col}, the line and a caret under the column. */
    public String render() {
        return new Diagnostic("error: " + getMessage(), position, sourceLine).render();
    }
}
