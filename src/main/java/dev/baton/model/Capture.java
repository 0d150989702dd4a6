package dev.baton.model;

/**
 * Reads a value from a response into a variable.
 *
 * @param variable the variable to set
 * @param query    what it reads
 * @param secret   whether the captured value must be masked in output
 * @param position where the capture is written
 * @param shown    whether the collection declared the value public ({@code public: true}): shown in every
 *                 output although its name looks secret or it has the shape of a JSON Web Token
 */
public record Capture(String variable, Query query, boolean secret, Position position, boolean shown) {

    /** A capture that is not declared public. */
    public Capture(String variable, Query query, boolean secret, Position position) {
        this(variable, query, secret, position, false);
    }

    /** The query's argument with placeholders unresolved, or {@code null}. */
    public Text argument() {
        return query.argument();
    }
}
