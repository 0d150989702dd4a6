package dev.baton.results;

import dev.baton.model.Position;

/**
 * A step as planned, before it runs.
 *
 * @param name     its name
 * @param position where it is written
 */
public record StepOutline(String name, Position position) {
}
