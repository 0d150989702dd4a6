package dev.baton.importer.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON values as the values a {@link YamlMap} holds, so that a JSON example is written as YAML with its types. */
public final class YamlValues {

    /** JSON {@code null}, written as YAML's {@code null} (a {@code null} Java value leaves a key out instead). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private YamlValues() {
    }

    /** A mapping, list, number, boolean, string or {@link #NULL}. */
    public static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NULL;
        }
        if (node.isObject()) {
            YamlMap map = node.size() <= 3 && isFlat(node) ? YamlMap.flow() : YamlMap.block();
            for (var fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), of(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(of(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private static boolean isFlat(JsonNode object) {
        for (JsonNode value : object) {
            if (value.isContainerNode() || value.asText().length() > 30) {
                return false;
            }
        }
        return true;
    }
}
