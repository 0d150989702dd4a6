package dev.baton.model;

import java.util.List;

/**
 * What a step expects of one part of the response; all its conditions must hold.
 *
 * @param subject    the part of the response
 * @param argument   header name, JSONPath or CSS selector; {@code null} for status, body and duration
 * @param attribute  for {@link Subject#HTML}: the attribute to read, or {@code null} for the text
 * @param conditions the conditions, all of which must hold
 * @param position   where the expectation is written
 */
public record Expectation(Subject subject, Text argument, String attribute, List<Condition> conditions,
                          Position position) {
    public Expectation {
        conditions = List.copyOf(conditions);
    }

    /** How the expectation is named in messages, e.g. {@code json $.token_type}. */
    public String label() {
        String name = subject.key().equals("headers") ? "header" : subject.key();
        return argument == null ? name : name + " " + argument.raw() + (attribute == null ? "" : " @" + attribute);
    }
}
