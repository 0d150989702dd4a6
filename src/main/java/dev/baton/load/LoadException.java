package dev.baton.load;

import dev.baton.model.Diagnostic;
import dev.baton.model.Position;

/**
 * A problem in a user file, with the offending line so that it can be shown with a caret under the spot.
 */
public final class LoadException extends Exception {

    private final Diagnostic quoted;

    public LoadException(Position position, String sourceLine, String message) {
        this(new Diagnostic(message, position, sourceLine));
    }

    /** The problem with its line and caret as a {@link SourceFile} quotes them. */
    public LoadException(Diagnostic quoted) {
        super(quoted.message());
        this.quoted = quoted;
    }

    /** Where the problem is. */
    public Position position() {
        return quoted.position();
    }

    /** The problem, then {@code --> file:line:col}, the line and a caret under the column. */
    public String render() {
        return new Diagnostic("error: " + getMessage(), quoted.position(), quoted.sourceLine(), quoted.caret())
                .render();
    }
}
