package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.load.LoadException;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A value for a parameter or body: the example the document gives (on the media type or parameter, then on the
 * schema), else its {@code default}, {@code const} or first {@code enum} value, else one made from the schema: an
 * object of its required properties (all of them when none is required), an array of one item, a string of its
 * format, the minimum of a number. References are followed; a schema that refers to itself stops the making there.
 */
final class SampleValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 8;

    private final OpenApiDocument document;

    SampleValues(OpenApiDocument document) {
        this.document = document;
    }

    /** The example of a parameter or media type object, or one made from its schema. */
    JsonNode of(OpenApiDocument.Located owner) throws LoadException {
        OpenApiDocument.Located resolved = document.resolve(owner);
        JsonNode node = resolved.node();
        if (node.has("example")) {
            return node.get("example");
        }
        JsonNode examples = node.get("examples");
        if (examples != null && examples.isObject() && examples.size() > 0) {
            OpenApiDocument.Located first = document.resolve(new OpenApiDocument.Located(examples.elements().next(),
                    resolved.file()));
            if (first.node().has("value")) {
                return first.node().get("value");
            }
        }
        JsonNode content = node.get("content");
        if (node.get("schema") == null && content != null && content.isObject() && content.size() > 0) {
            return of(new OpenApiDocument.Located(content.elements().next(), resolved.file()));
        }
        JsonNode schema = node.get("schema");
        return schema == null ? NODES.textNode("example")
                : schema(new OpenApiDocument.Located(schema, resolved.file()), 0, new HashSet<>());
    }

    /** A value made from a schema. */
    JsonNode schema(OpenApiDocument.Located given, int depth, Set<JsonNode> enclosing) throws LoadException {
        OpenApiDocument.Located located = document.resolve(given);
        JsonNode schema = located.node();
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH || !enclosing.add(schema)) {
            return NODES.nullNode();
        }
        try {
            for (String key : new String[] {"example", "default", "const"}) {
                if (schema.has(key)) {
                    return schema.get(key);
                }
            }
            if (schema.path("examples").isArray() && schema.get("examples").size() > 0) {
                return schema.get("examples").get(0);
            }
            if (schema.path("enum").isArray() && schema.get("enum").size() > 0) {
                return schema.get("enum").get(0);
            }
            if (schema.path("allOf").isArray()) {
                ObjectNode merged = NODES.objectNode();
                for (JsonNode part : schema.get("allOf")) {
                    JsonNode value = schema(new OpenApiDocument.Located(part, located.file()), depth + 1, enclosing);
                    if (value.isObject()) {
                        merged.setAll((ObjectNode) value);
                    }
                }
                if (schema.has("properties")) {
                    merged.setAll((ObjectNode) object(schema, located, depth, enclosing));
                }
                return merged;
            }
            for (String choice : new String[] {"oneOf", "anyOf"}) {
                if (schema.path(choice).isArray() && schema.get(choice).size() > 0) {
                    return schema(new OpenApiDocument.Located(schema.get(choice).get(0), located.file()), depth + 1,
                            enclosing);
                }
            }
            String type = type(schema);
            return switch (type) {
                case "object" -> object(schema, located, depth, enclosing);
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    if (schema.has("items")) {
                        array.add(schema(new OpenApiDocument.Located(schema.get("items"), located.file()), depth + 1,
                                enclosing));
                    }
                    yield array;
                }
                case "integer" -> NODES.numberNode(java.math.BigInteger.valueOf(number(schema, 1)));
                case "number" -> NODES.numberNode(java.math.BigDecimal.valueOf(number(schema, 1)));
                case "boolean" -> NODES.booleanNode(true);
                case "null" -> NODES.nullNode();
                default -> NODES.textNode(string(schema));
            };
        } finally {
            enclosing.remove(schema);
        }
    }

    private JsonNode object(JsonNode schema, OpenApiDocument.Located located, int depth, Set<JsonNode> enclosing)
            throws LoadException {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode property = document.resolve(new OpenApiDocument.Located(properties.get(name), located.file()))
                    .node();
            if ((required.isEmpty() || required.contains(name)) && !property.path("readOnly").asBoolean(false)) {
                object.set(name, schema(new OpenApiDocument.Located(properties.get(name), located.file()), depth + 1,
                        enclosing));
            }
        }
        return object;
    }

    /** The schema's type: {@code type} (the first but "null" of a 3.1 list), else guessed from its keywords. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static long number(JsonNode schema, long fallback) {
        if (schema.has("minimum")) {
            return (long) Math.ceil(schema.get("minimum").asDouble() + (schema.path("exclusiveMinimum")
                    .asBoolean(false) ? 1 : 0));
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            return (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        if (schema.has("maximum") && schema.get("maximum").asDouble() < fallback) {
            return (long) Math.floor(schema.get("maximum").asDouble());
        }
        return fallback;
    }

    private static String string(JsonNode schema) {
        String value = switch (schema.path("format").asText("")) {
            case "date-time" -> "2024-01-01T00:00:00Z";
            case "date" -> "2024-01-01";
            case "time" -> "12:00:00Z";
            case "email" -> "user@example.com";
            case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "uri", "url" -> "https://example.com";
            case "hostname" -> "example.com";
            case "ipv4" -> "192.0.2.1";
            case "ipv6" -> "2001:db8::1";
            case "byte" -> "ZXhhbXBsZQ==";
            case "password" -> "example-password";
            default -> "example";
        };
        int min = schema.path("minLength").asInt(0);
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return padded.length() > max ? padded.substring(0, Math.max(0, max)) : padded.toString();
    }
}
