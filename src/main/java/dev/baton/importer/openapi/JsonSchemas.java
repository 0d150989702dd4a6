package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.load.LoadException;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A response schema of an OpenAPI document as a JSON Schema (draft 2020-12) file of its own: every reference it
 * makes is copied under {@code $defs}, and OpenAPI 3.0's own keywords are written as JSON Schema says them
 * ({@code nullable: true} adds {@code "null"} to the type, boolean {@code exclusiveMinimum} becomes the number,
 * {@code example} becomes {@code examples}). OpenAPI 3.1 schemas are JSON Schema already and keep their keywords.
 */
final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final OpenApiDocument document;
    private final boolean openApi30;
    private final ObjectNode defs = NODES.objectNode();
    private final Map<String, String> defNames = new HashMap<>();

    private JsonSchemas(OpenApiDocument document) {
        this.document = document;
        this.openApi30 = document.version().equals("3.0");
    }

    /** The JSON Schema document of a schema. */
    static ObjectNode of(OpenApiDocument document, OpenApiDocument.Located schema) throws LoadException {
        JsonSchemas schemas = new JsonSchemas(document);
        JsonNode converted = schemas.convert(schema.node(), schema);
        ObjectNode out = NODES.objectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
        if (converted.isObject()) {
            out.setAll((ObjectNode) converted);
        }
        if (!schemas.defs.isEmpty()) {
            out.set("$defs", schemas.defs);
        }
        return out;
    }

    private JsonNode convert(JsonNode node, OpenApiDocument.Located at) throws LoadException {
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (JsonNode item : node) {
                array.add(convert(item, at));
            }
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = NODES.objectNode();
        if (node.path("$ref").isTextual()) {
            ObjectNode reference = reference(node.get("$ref").asText(), new OpenApiDocument.Located(node, at.file()));
            if (openApi30 || node.size() == 1) {
                return reference;
            }
            out.setAll(reference);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("$ref")) {
                continue;
            }
            if (openApi30 && (key.equals("nullable") || key.equals("discriminator") || key.equals("xml")
                    || key.equals("externalDocs"))) {
                continue;
            }
            if (openApi30 && key.equals("example")) {
                out.set("examples", NODES.arrayNode().add(value));
                continue;
            }
            boolean keyword = !key.equals("properties") && !key.equals("patternProperties") && !key.equals("$defs")
                    && !key.equals("definitions");
            if (keyword || !value.isObject()) {
                out.set(key, convert(value, at));
            } else {
                ObjectNode map = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> named = value.fields(); named.hasNext(); ) {
                    var entry = named.next();
                    map.set(entry.getKey(), convert(entry.getValue(), at));
                }
                out.set(key, map);
            }
        }
        if (openApi30) {
            openApi30Keywords(node, out);
        }
        return out;
    }

    private static void openApi30Keywords(JsonNode node, ObjectNode out) {
        if (node.path("nullable").asBoolean(false) && node.has("type") && node.get("type").isTextual()) {
            out.set("type", NODES.arrayNode().add(node.get("type").asText()).add("null"));
        }
        for (String[] pair : new String[][] {{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}}) {
            JsonNode exclusive = node.get(pair[0]);
            if (exclusive != null && exclusive.isBoolean()) {
                out.remove(pair[0]);
                if (exclusive.asBoolean() && node.has(pair[1])) {
                    out.set(pair[0], node.get(pair[1]));
                    out.remove(pair[1]);
                }
            }
        }
    }

    /** A reference, copied under {@code $defs} once; the copy's own references are followed from where it is. */
    private ObjectNode reference(String ref, OpenApiDocument.Located at) throws LoadException {
        OpenApiDocument.Located target = document.target(ref, at);
        if (target == null) {
            return NODES.objectNode();
        }
        String key = target.file() + "#" + ref.substring(Math.max(0, ref.indexOf('#')));
        String name = defNames.get(key);
        if (name == null) {
            String base = ref.substring(ref.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "_");
            name = base.isEmpty() ? "schema" : base;
            for (int n = 2; defs.has(name); n++) {
                name = base + "_" + n;
            }
            defNames.put(key, name);
            defs.set(name, NODES.objectNode());
            defs.set(name, convert(target.node(), target));
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }
}
