package dev.baton.check;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.spi.json.JsonProvider;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Strict JSON parsing, compact writing and value equality for the trees json-path reads. */
final class Json {

    /** json-smart's {@code MODE_RFC4627}: no single quotes, unquoted strings, leading zeros or trailing data. */
    private static final int STRICT_MODE = 656;

    static final Configuration CONFIGURATION =
            Configuration.defaultConfiguration().jsonProvider(new JsonSmartJsonProvider(STRICT_MODE));

    private Json() {
    }

    /** {@code text} parsed as a JSON array or object, or empty if it is not one. */
    static Optional<Object> parseContainer(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(provider().parse(trimmed));
        } catch (InvalidJsonException | IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }

    /** {@code value} as compact JSON text. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Whether two JSON values are equal, numbers compared by value ({@code 1 == 1.0}). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Numbers.of(x).flatMap(n -> Numbers.of(y).map(m -> n.compareTo(m) == 0)).orElse(x.equals(y));
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size()
                    && x.entrySet().stream().allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> other = y.iterator();
            return x.stream().allMatch(item -> same(item, other.next()));
        }
        return Objects.equals(a, b);
    }

    /** Whether {@code value} is a JSON array or object. */
    static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof List;
    }

    private static JsonProvider provider() {
        return CONFIGURATION.jsonProvider();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String comma = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(comma);
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                comma = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String comma = "";
            for (Object item : list) {
                out.append(comma);
                write(item, out);
                comma = ",";
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
