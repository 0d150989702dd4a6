package dev.baton.results;

/**
 * A run as planned, before it starts: how many units and steps it has. Each unit is described when it starts
 * ({@link UnitOutline}), so that a plan of any size stays small.
 *
 * @param units how many units (iterations, or plain passes of a collection) the run has
 * @param steps how many steps the run has, over all its units
 */
public record RunOutline(int units, int steps) {
}
