package dev.baton.importer.postman.script;

import java.util.List;

/** A value a script compares with or sets: a literal, or a Postman variable read with {@code pm.*.get(name)}. */
public sealed interface Value {

    /**
     * A JavaScript literal as a JSON value.
     *
     * @param json a {@link String}, {@link java.math.BigDecimal}, {@link Boolean}, or a {@link List} or
     *             {@link java.util.Map} of those, for array and object literals
     */
    record Literal(Object json) implements Value {
    }

    /** {@code pm.environment.get("name")} and the like: the variable's value. */
    record Variable(String name) implements Value {
    }

    /** Whether this is a literal of a scalar type (not an array or object). */
    default boolean scalar() {
        return this instanceof Variable || this instanceof Literal l && !(l.json() instanceof List<?>)
                && !(l.json() instanceof java.util.Map<?, ?>);
    }
}
