package dev.baton.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers written as in JSON ({@code -12}, {@code 1.5}, {@code 2e3}; no leading zeros, no {@code +}). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private Numbers() {
    }

    /** {@code text} as a number, or empty if it is not written as a JSON number. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException exponentOutOfRange) {
            return Optional.empty();
        }
    }

    /** {@code n} as a decimal, or empty for infinities and NaN. */
    static Optional<BigDecimal> of(Number n) {
        if (n instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(n.toString()));
    }

    /** Whether {@code text} is written as a JSON number. */
    static boolean isNumber(String text) {
        return parse(text).isPresent();
    }
}
