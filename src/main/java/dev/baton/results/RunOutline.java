package dev.baton.results;

import java.util.List;

/**
 * A run as planned: its units in order.
 *
 * @param units every unit, in plan order
 */
public record RunOutline(List<UnitOutline> units) {

    public RunOutline {
        units = List.copyOf(units);
    }

    /** How many steps the run has. */
    public int steps() {
        return units.stream().mapToInt(u -> u.steps().size()).sum();
    }
}
