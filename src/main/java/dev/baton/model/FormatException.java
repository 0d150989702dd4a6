package dev.baton.model;

/**
 * A value in a user file that does not fit the format: a wrong type, a missing or conflicting key. The loader shows
 * it like every load error, with the line and a caret at {@link #position()}.
 */
public final class FormatException extends Exception {

    private final transient Position position;

    public FormatException(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    /** Where the offending value is written. */
    public Position position() {
        return position;
    }
}
