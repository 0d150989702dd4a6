package dev.baton.http;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 9110 §5.1: a field name is a token, made of {@code tchar} only; §5.5: a sender never writes CR, LF or NUL in a
 * field value.
 */
public final class HeaderNames {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern FORBIDDEN_IN_VALUE = Pattern.compile("[\\r\\n\\x00]");

    private HeaderNames() {
    }

    /** Why {@code name} cannot be sent as a header name, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (TOKEN.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("header name '" + name + "' is not a token (RFC 9110 §5.1): letters, digits and symbols "
                + "such as - _ . ! only; no spaces, colons, quotes or brackets");
    }

    /** Why {@code value} cannot be sent as the value of header {@code name}, or empty when it can. */
    public static Optional<String> valueProblem(String name, String value) {
        if (!FORBIDDEN_IN_VALUE.matcher(value).find()) {
            return Optional.empty();
        }
        return Optional.of("the value of header '" + name + "' holds a line break or NUL, which RFC 9110 §5.5 "
                + "forbids in a field value");
    }
}
