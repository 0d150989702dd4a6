package dev.baton.check;

import dev.baton.template.Functions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The value a query reads, which an expectation tests and a capture keeps: absent, or a JSON-like value — a
 * {@code String}, {@code Number}, {@code Boolean}, {@code null} (JSON null), {@code List} or {@code Map}.
 */
public final class Actual {

    private static final Actual ABSENT = new Actual(false, null, null, false, false, false);

    private final boolean present;
    private final Object value;
    private final List<?> each;
    private final boolean typed;
    private final boolean matches;
    private final boolean masked;

    private Actual(boolean present, Object value, List<?> each, boolean typed, boolean matches, boolean masked) {
        this.present = present;
        this.value = value;
        this.each = each;
        this.typed = typed;
        this.matches = matches;
        this.masked = masked;
    }

    private Actual(boolean present, Object value, List<?> each, boolean typed, boolean matches) {
        this(present, value, each, typed, matches, false);
    }

    /** This value, never shown in messages: it is read under a secret-looking name where no output sees it. */
    Actual masked() {
        return present ? new Actual(true, value, each, typed, matches, true) : this;
    }

    /** Whether messages show this value masked. */
    boolean isMasked() {
        return masked;
    }

    /** Another value read from this one (an element, a length), masked as this one is. */
    Actual alike(Object other) {
        return new Actual(true, other, null, typed, false, masked);
    }

    /**
     * The values of a header repeated in a response: read as one value, they are combined as RFC 9110 §5.3 combines
     * field lines ({@code a=1, b=2}); {@code any} and {@code all} see each on its own. Absent when there are none.
     */
    static Actual ofRepeated(List<String> values) {
        return values.isEmpty() ? ABSENT
                : new Actual(true, String.join(", ", values), List.copyOf(values), false, false);
    }

    /** What {@code any} and {@code all} look at: each value of a repeated header or array, else the value itself. */
    List<?> each() {
        if (each != null) {
            return each;
        }
        return value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
    }

    static Actual absent() {
        return ABSENT;
    }

    static Actual of(Object value) {
        return new Actual(true, value, null, false, false);
    }

    /** A value read from a JSON document: a capture keeps its JSON type, so a {@code json:} body inserts it typed. */
    static Actual ofJson(Object value) {
        return new Actual(true, value, null, true, false);
    }

    /**
     * The matches of a query that may match several nodes (an indefinite JSONPath): read as the array of them,
     * but captured as the one match when there is only one. Absent when there are none.
     */
    static Actual ofMatches(List<?> matches, boolean typed) {
        return matches.isEmpty() ? ABSENT : new Actual(true, matches, null, typed, true);
    }

    /**
     * The value a capture keeps: the first of a repeated header, the one match of a query that may match several,
     * else the value; a string as it is, anything else as its JSON text, typed when it comes from a JSON document
     * or is an array or object. Empty when absent or JSON {@code null}.
     */
    public Optional<Functions.Value> captured() {
        if (!present) {
            return Optional.empty();
        }
        Object kept = value;
        if (each != null) {
            kept = each.get(0);
        } else if (matches && value instanceof List<?> list && list.size() == 1) {
            kept = list.get(0);
        }
        if (kept == null) {
            return Optional.empty();
        }
        if (kept instanceof String s) {
            return Optional.of(new Functions.Value(s, false));
        }
        return Optional.of(new Functions.Value(Json.write(kept), typed || Json.isContainer(kept)));
    }

    static Actual ofNullable(Optional<String> value) {
        return value.map(Actual::of).orElse(ABSENT);
    }

    boolean present() {
        return present;
    }

    Object value() {
        return value;
    }

    /** The string form: a string as is, anything else as compact JSON ({@code 3599}, {@code true}, {@code null}). */
    String text() {
        return value instanceof String s ? s : Json.write(value);
    }

    /** The value as a number: a JSON number, or a string written as one. */
    Optional<BigDecimal> number() {
        if (value instanceof Number n) {
            return Numbers.of(n);
        }
        return value instanceof String s ? Numbers.parse(s) : Optional.empty();
    }

    /** Array or object size, or characters (code points) of the string form; empty for JSON null. */
    OptionalInt length() {
        if (value instanceof List<?> list) {
            return OptionalInt.of(list.size());
        }
        if (value instanceof Map<?, ?> map) {
            return OptionalInt.of(map.size());
        }
        if (value == null) {
            return OptionalInt.empty();
        }
        String text = text();
        return OptionalInt.of(text.codePointCount(0, text.length()));
    }

    /**
     * Whether the value equals {@code expected}: numerically when both are numbers, as JSON when the value is an
     * array or object and {@code expected} parses as one, else by the string form.
     */
    boolean equalsExpected(String expected) {
        if (!present) {
            return false;
        }
        if (Json.isContainer(value)) {
            return Json.parseContainer(expected).map(e -> Json.same(value, e)).orElseGet(() -> text().equals(expected));
        }
        Optional<BigDecimal> actualNumber = number();
        Optional<BigDecimal> expectedNumber = Numbers.parse(expected);
        if (actualNumber.isPresent() && expectedNumber.isPresent()) {
            return actualNumber.get().compareTo(expectedNumber.get()) == 0;
        }
        return text().equals(expected);
    }
}
