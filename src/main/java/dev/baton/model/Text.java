package dev.baton.model;

/**
 * A string from a user file that may hold {@code <<variable>>} placeholders, with where it was written.
 *
 * @param raw      the text as written
 * @param position where it starts
 */
public record Text(String raw, Position position) {

    /** Text with no source of its own, for values that Baton itself supplies. */
    public static Text literal(String value) {
        return new Text(value, Position.of("<baton>"));
    }

    @Override
    public String toString() {
        return raw;
    }
}
