package dev.baton.engine;

import java.util.Map;

/**
 * One pass over a collection's steps: the only one of a plain run, or one of {@code --iterations N} or one row of
 * {@code --data}.
 *
 * @param index 1-based
 * @param name  how reports name it: {@code #2}, or {@code #2 alice} after the row's first field
 * @param data  the row's fields, empty without a data file
 */
record Iteration(int index, String name, Map<String, String> data) {

    static final Iteration SINGLE = new Iteration(1, null, Map.of());

    Iteration {
        data = Map.copyOf(data);
    }

    static Iteration numbered(int index, Map<String, String> row) {
        String key = row.values().stream().findFirst().map(v -> v.length() > 40 ? v.substring(0, 40) + "…" : v)
                .map(v -> " " + v).orElse("");
        return new Iteration(index, "#" + index + key, row);
    }
}
