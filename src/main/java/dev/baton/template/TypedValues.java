package dev.baton.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.template.TemplateFunction.FunctionException;

import java.math.BigDecimal;
import java.util.Locale;

/** The functions that give a value its JSON type: {@code json}, {@code number}, {@code boolean}, {@code json-text}. */
final class TypedValues {

    /** Made on first use: most runs send no JSON body, and Jackson is slow to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    }

    private TypedValues() {
    }

    static Functions.Value json(Functions.Value value) {
        return value.json() ? value : new Functions.Value(quote(value.text()), true);
    }

    static Functions.Value number(Functions.Value value) throws FunctionException {
        try {
            return new Functions.Value(new BigDecimal(value.text().strip()).toString(), true);
        } catch (NumberFormatException e) {
            throw new FunctionException("the value is not a number");
        }
    }

    static Functions.Value bool(Functions.Value value) throws FunctionException {
        return switch (value.text().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> new Functions.Value("true", true);
            case "false" -> new Functions.Value("false", true);
            default -> throw new FunctionException("the value is not true or false");
        };
    }

    static Functions.Value jsonText(Functions.Value value) throws FunctionException {
        try {
            Json.MAPPER.readTree(value.text());
            return new Functions.Value(value.text(), true);
        } catch (JsonProcessingException e) {
            throw new FunctionException("the value is not JSON text: " + e.getOriginalMessage());
        }
    }

    static String quote(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes as JSON", e);
        }
    }

    /** The JSON value {@code json} denotes, or the text itself when it is not JSON. */
    static Object parse(String json) {
        try {
            return Json.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** A JSON value as a template value: a string as it is, anything else as its JSON text, typed. */
    static Functions.Value of(Object value) {
        if (value instanceof String s) {
            return new Functions.Value(s, false);
        }
        try {
            return new Functions.Value(Json.MAPPER.writeValueAsString(value), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON value always writes as JSON", e);
        }
    }

    static ObjectMapper mapper() {
        return Json.MAPPER;
    }
}
