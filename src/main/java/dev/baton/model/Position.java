package dev.baton.model;

/**
 * A place in a user file: 1-based line and column.
 *
 * @param file   the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Position(String file, int line, int column) {

    /** A position for values that do not come from a file, such as {@code --var} options. */
    public static Position of(String origin) {
        return new Position(origin, 0, 0);
    }

    /** A copy moved {@code offset} columns to the right, for places inside a one-line scalar. */
    public Position shifted(int offset) {
        return line == 0 ? this : new Position(file, line, column + offset);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
