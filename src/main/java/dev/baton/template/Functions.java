package dev.baton.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.Position;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The functions a placeholder applies to its value, written {@code <<name | fn>>} (several in a row apply left to
 * right). In text (a URL, a header, a raw body) each gives text; as the whole value of a {@code json:} member each
 * gives a JSON value:
 * <ul>
 *   <li>{@code json}: the value as JSON: a string quoted and escaped ({@code "a\"b"}), a value that already has a JSON
 *       type (a JSON capture's number, object...) as its JSON text;</li>
 *   <li>{@code number}: the value as a JSON number; it must read as one;</li>
 *   <li>{@code boolean}: {@code true} or {@code false}; it must read as one;</li>
 *   <li>{@code json-text}: the value is JSON text, inserted as the value it denotes; it must be valid JSON.</li>
 * </ul>
 */
public final class Functions {

    /** The functions there are, in the order the docs list them. */
    public static final List<String> NAMES = List.of("json", "number", "boolean", "json-text");

    /** Made on first use: most runs send no JSON body, and Jackson is slow to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    }

    private Functions() {
    }

    /** A value and whether it is the JSON text of a typed value (a number, boolean, null, object or array). */
    public record Value(String text, boolean json) {

        /** The JSON value it stands for: typed values parsed, anything else a string. */
        public Object jsonValue() {
            return json ? parse(text) : text;
        }
    }

    /** Fails at {@code at} unless every function is known. */
    static void check(List<String> functions, String variable, Position at) throws TemplateException {
        for (String function : functions) {
            if (!NAMES.contains(function)) {
                throw new TemplateException(at, "unknown function '" + function + "' in <<" + variable + " | "
                        + function + ">>; use one of " + String.join(", ", NAMES));
            }
        }
    }

    /** The value after the functions, as text. */
    static String text(Value value, List<String> functions, String variable, Position at) throws TemplateException {
        Value current = value;
        for (String function : functions) {
            current = apply(current, function, variable, at);
        }
        return current.text();
    }

    /** The value after the functions, as a JSON value for a {@code json:} body. */
    public static Object json(Value value, List<String> functions, String variable, Position at)
            throws TemplateException {
        Value current = value;
        for (String function : functions) {
            current = apply(current, function, variable, at);
        }
        return current.jsonValue();
    }

    private static Value apply(Value value, String function, String variable, Position at) throws TemplateException {
        String text = value.text();
        return switch (function) {
            case "json" -> value.json() ? value : new Value(quote(text), true);
            case "number" -> {
                try {
                    yield new Value(new BigDecimal(text.strip()).toString(), true);
                } catch (NumberFormatException e) {
                    throw new TemplateException(at, "<<" + variable + " | number>>: the value is not a number");
                }
            }
            case "boolean" -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> new Value("true", true);
                case "false" -> new Value("false", true);
                default -> throw new TemplateException(at, "<<" + variable + " | boolean>>: the value is not true "
                        + "or false");
            };
            default -> {
                try {
                    Json.MAPPER.readTree(text);
                    yield new Value(text, true);
                } catch (JsonProcessingException e) {
                    throw new TemplateException(at, "<<" + variable + " | json-text>>: the value is not JSON text: "
                            + e.getOriginalMessage());
                }
            }
        };
    }

    private static String quote(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes as JSON", e);
        }
    }

    private static Object parse(String json) {
        try {
            return Json.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
