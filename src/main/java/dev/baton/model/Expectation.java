package dev.baton.model;

import java.util.List;

/**
 * What a step expects of one part of the response; all its conditions must hold. An expectation without
 * conditions holds when its query says so by itself (a JSON Schema that the body satisfies).
 *
 * @param query      what it reads
 * @param conditions the conditions, all of which must hold
 * @param position   where the expectation is written
 */
public record Expectation(Query query, List<Condition> conditions, Position position) {
    public Expectation {
        conditions = List.copyOf(conditions);
    }

    /** How the expectation is named in messages, e.g. {@code json $.token_type}. */
    public String label() {
        return query.label();
    }

    /** The query's argument with placeholders unresolved, or {@code null}. */
    public Text argument() {
        return query.argument();
    }
}
