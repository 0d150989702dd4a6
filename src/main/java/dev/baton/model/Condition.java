package dev.baton.model;

import java.util.List;

/**
 * One operator applied to the actual value.
 *
 * @param operator what to compare
 * @param expected the expected value for scalar operators ({@code exists} takes "true" or "false"),
 *                 else {@code null}
 * @param options  the allowed values for {@link Operator#IN}, else empty
 * @param nested   for {@link Operator#LENGTH}: conditions on the length; for {@link Operator#ANY} and
 *                 {@link Operator#ALL}: conditions on each value; else empty
 * @param position where the condition is written
 */
public record Condition(Operator operator, Text expected, List<Text> options, List<Condition> nested,
                        Position position) {
    public Condition {
        options = List.copyOf(options);
        nested = List.copyOf(nested);
    }

    /** A condition with a single expected value. */
    public static Condition of(Operator operator, Text expected, Position position) {
        return new Condition(operator, expected, List.of(), List.of(), position);
    }
}
