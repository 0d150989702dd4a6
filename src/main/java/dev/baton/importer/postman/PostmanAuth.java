package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code auth} block of a collection, folder or request, in either format: v2.1 lists its attributes as
 * {@code [{key, value}]}, v2.0 as an object. {@code where} says whose it is, for the report.
 *
 * @param type   {@code noauth}, {@code basic}, {@code bearer}, {@code apikey}, {@code digest}, {@code oauth2}, ...
 * @param values the attributes by key (Postman stores some by convention only, as the app writes them)
 * @param where  the collection, folder or request it is written on
 */
record PostmanAuth(String type, Map<String, JsonNode> values, String where) {

    /**
     * The auth written on a node, or {@code null} when the node inherits its parent's: no {@code auth}, a JSON
     * {@code null}, or {@code type: inherit}.
     */
    static PostmanAuth read(SourceTree tree, JsonNode owner, String where) throws LoadException {
        JsonNode auth = owner.get("auth");
        if (auth == null || auth.isNull()) {
            return null;
        }
        if (!auth.isObject()) {
            throw tree.error(owner, "auth", "auth must be an object with a 'type'");
        }
        JsonNode type = auth.get("type");
        if (type == null || !type.isTextual()) {
            throw tree.error(auth, "auth needs a 'type' (noauth, basic, bearer, apikey, digest, oauth2, ...)");
        }
        if (type.asText().equals("inherit")) {
            return null;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode attributes = auth.get(type.asText());
        if (attributes != null && attributes.isArray()) {
            for (JsonNode attribute : attributes) {
                JsonNode key = attribute.get("key");
                if (key != null && key.isTextual() && attribute.has("value")) {
                    values.put(key.asText(), attribute.get("value"));
                }
            }
        } else if (attributes != null && attributes.isObject()) {
            attributes.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        }
        return new PostmanAuth(type.asText(), values, where);
    }

    /** An attribute as text: strings as they are, numbers and booleans as JSON text, absent or null as "". */
    String text(String key) {
        JsonNode value = values.get(key);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    /** An attribute as text, or {@code fallback} when absent or empty. */
    String text(String key, String fallback) {
        String text = text(key);
        return text.isEmpty() ? fallback : text;
    }

    /** An attribute that is a list, such as OAuth 2.0's {@code tokenRequestParams}. */
    JsonNode list(String key) {
        JsonNode value = values.get(key);
        return value != null && value.isArray() ? value : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .arrayNode();
    }
}
