package dev.baton.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a collection's steps.
 *
 * @param name      its name ({@code #2 alice}), or {@code null} for the only pass of a plain run
 * @param error     why it could not run, or {@code null}
 * @param steps     its steps, in the order of the collection
 * @param variables its variables at the end, by name
 */
public record IterationResult(String name, String error, List<StepResult> steps,
                              Map<String, ExportedValue> variables) {

    public IterationResult {
        steps = List.copyOf(steps);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
