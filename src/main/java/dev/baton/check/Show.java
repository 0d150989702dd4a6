package dev.baton.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How values appear in messages: strings quoted and escaped onto one line, long values cut short. */
final class Show {

    /** How many characters of a value a message shows. */
    static final int LIMIT = 200;

    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private Show() {
    }

    /** The actual value for a message: {@code absent}, a quoted string, or JSON text. */
    static String actual(Actual actual) {
        if (!actual.present()) {
            return "absent";
        }
        return actual.value() instanceof String s ? truncated(s, LIMIT) : cut(actual.text(), LIMIT);
    }

    /** An expected value for a message: unquoted when it reads as a JSON number, literal, array or object. */
    static String expected(String expected) {
        boolean bare = Numbers.isNumber(expected) || LITERALS.contains(expected)
                || Json.parseContainer(expected).isPresent();
        return bare ? cut(expected, LIMIT) : truncated(expected, LIMIT);
    }

    /** Expected values as a list: {@code [200, 201]}. */
    static String expected(List<String> options) {
        return options.stream().map(Show::expected).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code text} quoted and escaped, cut to {@code limit} characters with a note of how many were left out. */
    static String truncated(String text, int limit) {
        if (text.length() <= limit) {
            return Json.write(text);
        }
        return Json.write(text.substring(0, limit)) + more(text, limit);
    }

    private static String cut(String text, int limit) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit) + more(oneLine, limit);
    }

    private static String more(String text, int limit) {
        return "... (" + (text.length() - limit) + " more chars)";
    }
}
