package dev.baton.check;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How values appear in messages: strings quoted and escaped onto one line, long values cut short. A value is masked
 * before it is cut, never after, so that no cut leaves part of a secret standing.
 */
final class Show {

    /** How many characters of a value a message shows. */
    static final int LIMIT = 200;

    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private final UnaryOperator<String> mask;

    /** Values shown through {@code mask}, which replaces secrets. */
    Show(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    /** The actual value for a message: {@code absent}, a quoted string, or JSON text. */
    String actual(Actual actual) {
        if (!actual.present()) {
            return "absent";
        }
        return actual.value() instanceof String s ? truncated(s, LIMIT) : cut(actual.text(), LIMIT);
    }

    /** An expected value for a message: unquoted when it reads as a JSON number, literal, array or object. */
    String expected(String expected) {
        boolean bare = Numbers.isNumber(expected) || LITERALS.contains(expected)
                || Json.parseContainer(expected).isPresent();
        return bare ? cut(expected, LIMIT) : truncated(expected, LIMIT);
    }

    /** Expected values as a list: {@code [200, 201]}. */
    String expected(List<String> options) {
        return options.stream().map(this::expected).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code text} masked, quoted and escaped, cut to {@code limit} characters with a note of how many were left out. */
    String truncated(String text, int limit) {
        String masked = mask.apply(text);
        if (masked.length() <= limit) {
            return Json.write(masked);
        }
        return Json.write(masked.substring(0, limit)) + more(masked, limit);
    }

    private String cut(String text, int limit) {
        String oneLine = mask.apply(text).replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit) + more(oneLine, limit);
    }

    private static String more(String text, int limit) {
        return "... (" + (text.length() - limit) + " more chars)";
    }
}
