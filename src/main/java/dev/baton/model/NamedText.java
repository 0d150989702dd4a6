package dev.baton.model;

/**
 * A name and a templated value: a query parameter, header or form field.
 *
 * @param name  the name, used as written
 * @param value the value, resolved at run time
 */
public record NamedText(String name, Text value) {
}
