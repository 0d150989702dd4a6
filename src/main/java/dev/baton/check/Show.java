package dev.baton.check;

import dev.baton.secret.Cut;
import dev.baton.secret.Redactor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How values appear in messages: strings quoted and escaped onto one line, long values marked to be cut short
 * ({@link Cut}), which the output boundary does once the message is masked: cutting first would show part of a
 * secret that crosses the cut.
 */
final class Show {

    /** How many characters of a value a message shows. */
    static final int LIMIT = 200;

    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    /** The actual value for a message: {@code absent}, a quoted string, or JSON text. */
    String actual(Actual actual) {
        if (!actual.present()) {
            return "absent";
        }
        if (actual.isMasked()) {
            return Redactor.MASK;
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

    /** {@code text} quoted and escaped, to be cut to {@code limit} characters with a note of how many are left out. */
    String truncated(String text, int limit) {
        String quoted = Json.write(text);
        return quoted.length() - 2 <= limit ? quoted : Cut.quoted(quoted, limit);
    }

    private String cut(String text, int limit) {
        String oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= limit ? oneLine : Cut.plain(oneLine, limit);
    }
}
