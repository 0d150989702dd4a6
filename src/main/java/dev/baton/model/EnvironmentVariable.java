package dev.baton.model;

/**
 * A variable set by an environment file.
 *
 * @param name    the variable
 * @param value     its value; {@code null} when it has none
 * @param templated whether the value may use other variables (written in the file) or is taken as is
 * @param secret  whether it must be masked wherever Baton writes
 * @param problem why it has no value (an OS environment variable that is not set), or {@code null}
 */
public record EnvironmentVariable(String name, Text value, boolean templated, boolean secret, String problem) {
}
