package dev.baton.results;

/**
 * A variable's value at the end of an iteration, for {@code --export-env}.
 *
 * @param value  the value
 * @param secret whether it is secret, or holds a secret the run has seen
 */
public record ExportedValue(String value, boolean secret) {
}
