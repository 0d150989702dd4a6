package dev.baton.model;

/**
 * A problem at a place in a user file, shown the way Baton shows every such problem, found while loading or while
 * running: the message, {@code --> file:line:col}, the line and a caret under the column.
 *
 * @param message    what is wrong: for a check, what was expected and what was found
 * @param position   where, or a position without a line ({@code --var x}) when it is not in a file
 * @param sourceLine the line at the position as it may be quoted (written secrets hidden), or {@code null}
 * @param caret      the 1-based column of the spot in {@code sourceLine}, which differs from the position's column
 *                   once a secret before it is hidden
 */
public record Diagnostic(String message, Position position, String sourceLine, int caret) {

    /** A problem whose line is quoted as written, so that the caret is at the position's column. */
    public Diagnostic(String message, Position position, String sourceLine) {
        this(message, position, sourceLine, position == null ? 0 : position.column());
    }

    /** The problem, then {@code --> file:line:col}, the line and a caret under the column. */
    public String render() {
        StringBuilder out = new StringBuilder(message);
        if (position == null) {
            return out.toString();
        }
        if (position.line() > 0) {
            String number = Integer.toString(position.line());
            String gutter = " ".repeat(number.length());
            out.append('\n').append(gutter).append("--> ").append(position);
            if (sourceLine != null) {
                out.append('\n').append(gutter).append(" |")
                        .append('\n').append(number).append(" | ").append(sourceLine)
                        .append('\n').append(gutter).append(" | ")
                        .append(" ".repeat(Math.max(0, caret - 1))).append('^');
            }
        } else {
            out.append(" (").append(position).append(')');
        }
        return out.toString();
    }
}
