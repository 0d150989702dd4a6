package dev.baton.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a collection's steps.
 *
 * @param name      its name ({@code #2 alice}), or {@code null} for the only pass of a plain run
 * @param number    its number among the collection's iterations, from 1 (1 for the only pass of a plain run)
 * @param error     why it could not run, or {@code null}
 * @param steps     its steps, in the order of the collection
 * @param variables its variables at the end, by name
 * @param counts    how its steps ended
 */
public record IterationResult(String name, int number, String error, List<StepResult> steps,
                              Map<String, ExportedValue> variables, StepCounts counts) {

    public IterationResult {
        steps = LazyList.copyOf(steps);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** An iteration whose counts are those of its steps. */
    public IterationResult(String name, int number, String error, List<StepResult> steps,
                           Map<String, ExportedValue> variables) {
        this(name, number, error, steps, variables, StepCounts.of(steps));
    }
}
