package dev.baton.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The actual value an expectation looks at: absent, or a JSON-like value — a {@code String}, {@code Number},
 * {@code Boolean}, {@code null} (JSON null), {@code List} or {@code Map}.
 */
final class Actual {

    private static final Actual ABSENT = new Actual(false, null, null);

    private final boolean present;
    private final Object value;
    private final List<?> each;

    private Actual(boolean present, Object value, List<?> each) {
        this.present = present;
        this.value = value;
        this.each = each;
    }

    /**
     * The values of a header repeated in a response: read as one value, they are combined as RFC 9110 §5.3 combines
     * field lines ({@code a=1, b=2}); {@code any} and {@code all} see each on its own. Absent when there are none.
     */
    static Actual ofRepeated(List<String> values) {
        return values.isEmpty() ? ABSENT : new Actual(true, String.join(", ", values), List.copyOf(values));
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
        return new Actual(true, value, null);
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
