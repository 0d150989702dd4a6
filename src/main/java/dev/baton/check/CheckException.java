package dev.baton.check;

import dev.baton.model.Position;

/**
 * A capture or expectation that cannot be evaluated at all, as opposed to one that fails: the body is not JSON
 * where a JSONPath is asked, or a JSONPath, regex or CSS selector is invalid. The message is one line that names the
 * capture or expectation.
 */
public final class CheckException extends Exception {

    private final transient Position position;

    /**
     * @param message  one line naming the capture or expectation and what is wrong
     * @param position where the offending capture, expectation or condition is written, or {@code null}
     */
    public CheckException(String message, Position position) {
        super(message);
        this.position = position;
    }

    /** Where the offending capture, expectation or condition is written, or {@code null} when unknown. */
    public Position position() {
        return position;
    }
}
