package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Postman environment (or globals) export: {@code {name, values: [{key, value, type, enabled}]}}. Disabled values
 * are left out; a value of type {@code secret} is marked so.
 *
 * @param name   the environment's name
 * @param values its enabled values, in order
 * @param disabled the keys of the disabled values
 */
record PostmanEnvironmentFile(String name, List<Entry> values, List<String> disabled) {

    /** One value. */
    record Entry(String key, String value, boolean secret) {
    }

    static PostmanEnvironmentFile read(Path file) throws LoadException {
        SourceTree tree = JsonFile.read(file);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw tree.error(root, "not a Postman environment: the file holds a JSON "
                    + PostmanCollectionFile.kind(root) + ", and an environment is an object with 'values'");
        }
        if (root.has("info") && root.has("item")) {
            throw tree.error(root, "this is a Postman collection, not an environment; give it as the first argument");
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isArray()) {
            throw values == null ? tree.error(root, "not a Postman environment: it has no 'values' list")
                    : tree.error(root, "values", "values must be a list of {key, value}, found a "
                    + PostmanCollectionFile.kind(values));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (!value.isObject() || !value.path("key").isTextual()) {
                throw tree.error(values, i, "an environment value needs a 'key'");
            }
            String key = value.get("key").asText();
            if (!value.path("enabled").asBoolean(true)) {
                disabled.add(key);
                continue;
            }
            entries.add(new Entry(key, PostmanUrl.text(value.get("value")), value.path("type").asText("")
                    .equals("secret")));
        }
        String name = root.path("name").isTextual() && !root.get("name").asText().isBlank()
                ? root.get("name").asText().strip()
                : file.getFileName().toString().replaceFirst("(\\.postman_(environment|globals))?\\.json$", "");
        return new PostmanEnvironmentFile(name, entries, disabled);
    }
}
