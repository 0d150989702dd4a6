package dev.baton.model;

/**
 * A name and a templated value: a query parameter, header or form field.
 *
 * @param name  the name as written; its placeholders are resolved at run time too
 * @param value the value, resolved at run time
 * @param namePosition where the name is written
 */
public record NamedText(String name, Text value, Position namePosition) {

    /** A pair whose name stands where its value does. */
    public NamedText(String name, Text value) {
        this(name, value, value.position());
    }

    /** The name as templated text. */
    public Text nameText() {
        return new Text(name, namePosition);
    }
}
