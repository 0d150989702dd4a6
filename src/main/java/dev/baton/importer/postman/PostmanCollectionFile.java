package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Postman collection file, checked to be one before anything is mapped: a JSON object with an {@code info} whose
 * {@code schema} names collection format v2.0 or v2.1 (the formats of Postman's published JSON schemas), and an
 * {@code item} list. Anything else is refused with what it seems to be instead.
 *
 * @param tree    the JSON with the places of its values
 * @param version {@code 2.0} or {@code 2.1}
 * @param name    the collection's name
 */
record PostmanCollectionFile(SourceTree tree, String version, String name) {

    private static final Pattern SCHEMA_VERSION = Pattern.compile("/v(\\d+)\\.(\\d+)(?:\\.(\\d+))?/");

    static PostmanCollectionFile read(Path file) throws LoadException {
        SourceTree tree = JsonFile.read(file);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw tree.error(root, "not a Postman collection: the file holds a JSON " + kind(root)
                    + ", and a collection is an object with 'info' and 'item'");
        }
        JsonNode info = root.get("info");
        if (info == null) {
            if (root.has("values") && (root.has("_postman_variable_scope") || root.path("values").isArray())) {
                throw tree.error(root, "this is a Postman environment, not a collection; give it with --environment");
            }
            if (root.has("requests") || root.has("order")) {
                throw tree.error(root, "this is a Postman collection in format v1, which Baton does not read; export "
                        + "it from Postman as Collection v2.1");
            }
            if (root.has("openapi") || root.has("swagger")) {
                throw tree.error(root, "this is an OpenAPI document, not a Postman collection; use 'baton import "
                        + "openapi'");
            }
            throw tree.error(root, "not a Postman collection: it has no 'info' with the collection's 'schema'");
        }
        if (!info.isObject()) {
            throw tree.error(root, "info", "info must be an object with 'name' and 'schema'");
        }
        JsonNode schema = info.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw tree.error(info, "not a Postman collection: 'info' has no 'schema' naming the collection format");
        }
        Matcher m = SCHEMA_VERSION.matcher(schema.asText());
        if (!schema.asText().contains("collection") || !m.find()) {
            throw tree.error(info, "schema", "unknown schema '" + schema.asText() + "': Baton reads Postman "
                    + "collection format v2.0 and v2.1");
        }
        String version = m.group(1) + "." + m.group(2);
        if (!version.equals("2.0") && !version.equals("2.1")) {
            throw tree.error(info, "schema", "unknown Postman collection schema version " + version
                    + (m.group(1).equals("1") ? " (format v1; export the collection from Postman as v2.1)" : "")
                    + ": Baton reads v2.0 and v2.1");
        }
        JsonNode items = root.get("item");
        if (items == null) {
            throw tree.error(root, "not a Postman collection: it has no 'item' list of requests");
        }
        if (!items.isArray()) {
            throw tree.error(root, "item", "item must be a list of requests and folders, found a " + kind(items));
        }
        String name = info.path("name").isTextual() && !info.get("name").asText().isBlank()
                ? info.get("name").asText().strip() : stem(file);
        return new PostmanCollectionFile(tree, version, name);
    }

    static String kind(JsonNode node) {
        return node.isArray() ? "list" : node.isObject() ? "object" : node.isTextual() ? "string"
                : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "null";
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.replaceFirst("(\\.postman_collection)?\\.json$", "");
    }
}
