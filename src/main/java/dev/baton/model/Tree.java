package dev.baton.model;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value as Baton's readers see it, every part with where it is written: a map, a list or a single value.
 * The loader makes it from the parsed file, so that a block can be read by a reader outside the loader (an auth
 * type reads its {@code auth:} block from it) with the same errors: {@code file:line:col}, the line and a caret.
 */
public sealed interface Tree permits Tree.Mapping, Tree.Sequence, Tree.Scalar {

    /** Where the value starts. */
    Position position();

    /** What the value is, as an error says it was found: {@code a map}, {@code a list}, {@code nothing}, {@code 'x'}. */
    String found();

    /** The single value, or an error saying {@code what} must be one. */
    default Scalar scalar(String what) throws FormatException {
        if (this instanceof Scalar scalar) {
            return scalar;
        }
        throw new FormatException(position(), what + " must be a single value, found " + found());
    }

    /** The single value as written. */
    default String string(String what) throws FormatException {
        return scalar(what).value();
    }

    /** The single value, which must not be empty. */
    default String nonEmpty(String what) throws FormatException {
        Scalar scalar = scalar(what);
        if (scalar.value().isBlank() || scalar.kind() == Kind.NULL) {
            throw new FormatException(position(), what + " must not be empty");
        }
        return scalar.value();
    }

    /** The single value as templated text, positioned at its first character; nothing ({@code ~}) is empty text. */
    default Text text(String what) throws FormatException {
        Scalar scalar = scalar(what);
        return new Text(scalar.kind() == Kind.NULL ? "" : scalar.value(), scalar.content());
    }

    /** A YAML boolean ({@code true}, {@code yes}, {@code on} and their opposites in any case). */
    default boolean bool(String what) throws FormatException {
        Scalar scalar = scalar(what);
        if (scalar.kind() != Kind.BOOLEAN) {
            throw new FormatException(position(), what + " must be true or false, found '" + scalar.value() + "'");
        }
        return isTrue(scalar.value());
    }

    /** Whether a YAML 1.1 boolean ({@code true}, {@code yes}, {@code on} in any case) is true. */
    static boolean isTrue(String yamlBool) {
        return List.of("true", "yes", "on").contains(yamlBool.toLowerCase(java.util.Locale.ROOT));
    }

    /** What YAML made of a single value. */
    enum Kind {
        TEXT, NUMBER, BOOLEAN, NULL
    }

    /**
     * A single value.
     *
     * @param value    the value as written, quotes and block indicators removed
     * @param kind     what YAML resolved it to
     * @param position where the node starts (a quoted value: at its quote)
     * @param content  where its first character is
     */
    record Scalar(String value, Kind kind, Position position, Position content) implements Tree {
        @Override
        public String found() {
            return kind == Kind.NULL ? "nothing" : "'" + value + "'";
        }
    }

    /** A list. */
    record Sequence(List<Tree> items, Position position) implements Tree {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String found() {
            return "a list";
        }
    }

    /**
     * A key of a map and its value.
     *
     * @param key         the key
     * @param keyPosition where the key is written
     * @param value       its value
     */
    record Entry(String key, Position keyPosition, Tree value) {
    }

    /** A map, its keys unique, in the order written. */
    record Mapping(List<Entry> entries, Position position) implements Tree {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String found() {
            return "a map";
        }

        /** The entry of a key, if written. */
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        /** The value of a key, if written. */
        public Optional<Tree> get(String key) {
            return entry(key).map(Entry::value);
        }

        /** Whether the key is written. */
        public boolean has(String key) {
            return entry(key).isPresent();
        }

        /** The value of a key that must be written, else an error at the map: {@code <what> needs '<key>'}. */
        public Tree required(String key, String what) throws FormatException {
            Optional<Tree> value = get(key);
            if (value.isEmpty()) {
                throw new FormatException(position, what + " needs '" + key + "'");
            }
            return value.get();
        }

        /** The text of a key, if written. */
        public Optional<Text> textOf(String key) throws FormatException {
            Optional<Tree> value = get(key);
            return value.isEmpty() ? Optional.empty() : Optional.of(value.get().text(key));
        }

        /** Where a written key is, for an error about it; the map's position when it is not written. */
        public Position keyPosition(String key) {
            return entry(key).map(Entry::keyPosition).orElse(position);
        }
    }
}
