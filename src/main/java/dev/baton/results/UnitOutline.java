package dev.baton.results;

import java.nio.file.Path;
import java.util.List;

/**
 * A unit of a run as planned: one iteration of a collection, or the only pass of a plain one. Reporters receive
 * units in this order, whatever order they finish in.
 *
 * @param index      the unit's place in the run, from 0
 * @param collection the collection's name
 * @param file       the collection file
 * @param iteration  the iteration's name ({@code #2}, {@code #2 alice}), or {@code null} for a plain pass
 * @param first      whether it is the first unit of its collection
 * @param last       whether it is the last unit of its collection
 * @param steps      its steps, in order
 */
public record UnitOutline(int index, String collection, Path file, String iteration, boolean first, boolean last,
                          List<StepOutline> steps) {

    public UnitOutline {
        steps = List.copyOf(steps);
    }
}
