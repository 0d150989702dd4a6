package dev.baton.engine;

import dev.baton.load.DataFileLoader;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over a collection's steps: the only one of a plain run, or one of {@code --iterations N} or one row of
 * {@code --data}.
 *
 * @param index 1-based
 * @param name  how reports name it: {@code #2}, or {@code #2 alice} after the row's value in the column that
 *              {@code --data-name} chose (never a secret one)
 * @param data  the row's fields, empty without a data file
 * @param typed the fields that hold the JSON text of a typed value (from a JSON data file)
 */
record Iteration(int index, String name, Map<String, String> data, Set<String> typed) {

    static final Iteration SINGLE = new Iteration(1, null, Map.of(), Set.of());

    Iteration {
        data = Map.copyOf(data);
        typed = Set.copyOf(typed);
    }

    /** Iteration {@code index} of {@code --iterations N}: {@code #2}. */
    static Iteration numbered(int index) {
        return new Iteration(index, "#" + index, Map.of(), Set.of());
    }

    /** The iteration of a data row: {@code #2}, or {@code #2 alice} after its value in {@code nameColumn}. */
    static Iteration numbered(int index, DataFileLoader.Row row, Optional<String> nameColumn) {
        String key = nameColumn.map(row.fields()::get).map(v -> v.length() > 40 ? v.substring(0, 40) + "…" : v)
                .map(v -> " " + v).orElse("");
        return new Iteration(index, "#" + index + key, row.fields(), row.typed());
    }
}
