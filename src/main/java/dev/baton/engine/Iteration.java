package dev.baton.engine;

import java.util.Map;
import java.util.Optional;

/**
 * One pass over a collection's steps: the only one of a plain run, or one of {@code --iterations N} or one row of
 * {@code --data}.
 *
 * @param index 1-based
 * @param name  how reports name it: {@code #2}, or {@code #2 alice} after the row's value in the column that
 *              {@code --data-name} chose (never a secret one)
 * @param data  the row's fields, empty without a data file
 */
record Iteration(int index, String name, Map<String, String> data) {

    static final Iteration SINGLE = new Iteration(1, null, Map.of());

    Iteration {
        data = Map.copyOf(data);
    }

    static Iteration numbered(int index, Map<String, String> row, Optional<String> nameColumn) {
        String key = nameColumn.map(row::get).map(v -> v.length() > 40 ? v.substring(0, 40) + "…" : v)
                .map(v -> " " + v).orElse("");
        return new Iteration(index, "#" + index + key, row);
    }
}
