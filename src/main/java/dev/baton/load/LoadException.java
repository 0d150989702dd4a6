package dev.baton.load;

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
        StringBuilder out = new StringBuilder("error: ").append(getMessage());
        if (position.line() > 0) {
            String number = Integer.toString(position.line());
            String gutter = " ".repeat(number.length());
            out.append('\n').append(gutter).append("--> ").append(position);
            if (sourceLine != null) {
                out.append('\n').append(gutter).append(" |")
                        .append('\n').append(number).append(" | ").append(sourceLine)
                        .append('\n').append(gutter).append(" | ")
                        .append(" ".repeat(Math.max(0, position.column() - 1))).append('^');
            }
        } else {
            out.append(" (").append(position).append(')');
        }
        return out.toString();
    }
}
