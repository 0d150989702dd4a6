package dev.baton.http;

import java.util.Optional;
import java.util.regex.Pattern;

/** RFC 9110 §5.1: a field name is a token, made of {@code tchar} only. */
public final class HeaderNames {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

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
}
