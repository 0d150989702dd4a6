package dev.baton.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.load.LoadException;
import dev.baton.load.SourceFile;
import dev.baton.model.Position;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON document read into a Jackson tree that remembers where each value was written, so that an importer's error
 * points at {@code file:line:col} of the offending value with the line and a caret, as Baton's own load errors do.
 * Scalars are found through their container and key, since Jackson shares some scalar nodes.
 */
public final class SourceTree {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

    private final SourceFile source;
    private final JsonNode root;
    private final Map<JsonNode, Position> containers;
    private final Map<JsonNode, Map<Object, Position>> members;

    SourceTree(SourceFile source, JsonNode root, Map<JsonNode, Position> containers,
               Map<JsonNode, Map<Object, Position>> members) {
        this.source = source;
        this.root = root;
        this.containers = containers;
        this.members = members;
    }

    /** Parses JSON text strictly (RFC 8259); a syntax error is a load error at its place. */
    public static SourceTree json(SourceFile source, String content) throws LoadException {
        try (JsonParser parser = JSON.createParser(content)) {
            Builder builder = new Builder(source);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw source.error(source.at(0, 0), "the file is empty; it holds no JSON");
            }
            JsonNode root = builder.value(parser, first);
            if (parser.nextToken() != null) {
                throw source.error(builder.at(parser.currentTokenLocation()), "invalid JSON: more text after the end "
                        + "of the document");
            }
            return new SourceTree(source, root, builder.containers, builder.members);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            Position at = where == null ? source.at(0, 0)
                    : source.clamped(Math.max(0, where.getLineNr() - 1), Math.max(0, where.getColumnNr() - 1));
            throw source.error(at, "invalid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw source.error(source.at(0, 0), "invalid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** The file as the user named it. */
    public SourceFile source() {
        return source;
    }

    /** The document's value. */
    public JsonNode root() {
        return root;
    }

    /** Where an object or array starts. */
    public Position at(JsonNode container) {
        return containers.getOrDefault(container, source.at(0, 0));
    }

    /** Where a member's value (by name) or an element (by index) of a container is written. */
    public Position at(JsonNode container, Object key) {
        Map<Object, Position> known = members.get(container);
        Position position = known == null ? null : known.get(key);
        return position != null ? position : at(container);
    }

    /** An error at a container. */
    public LoadException error(JsonNode container, String message) {
        return source.error(at(container), message);
    }

    /** An error at a member or element of a container. */
    public LoadException error(JsonNode container, Object key, String message) {
        return source.error(at(container, key), message);
    }

    private static String firstLine(String message) {
        String text = message == null ? "cannot be read" : message;
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    /** Builds the tree from the token stream, noting where each value starts. */
    static final class Builder {
        private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);
        final SourceFile source;
        final Map<JsonNode, Position> containers = new IdentityHashMap<>();
        final Map<JsonNode, Map<Object, Position>> members = new IdentityHashMap<>();

        Builder(SourceFile source) {
            this.source = source;
        }

        Position at(JsonLocation location) {
            return source.clamped(Math.max(0, location.getLineNr() - 1), Math.max(0, location.getColumnNr() - 1));
        }

        void note(JsonNode container, Object key, Position position) {
            members.computeIfAbsent(container, c -> new java.util.HashMap<>()).put(key, position);
        }

        JsonNode value(JsonParser parser, JsonToken token) throws IOException {
            JsonNodeFactory nodes = EXACT;
            Position start = at(parser.currentTokenLocation());
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    containers.put(object, start);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonToken next = parser.nextToken();
                        note(object, name, at(parser.currentTokenLocation()));
                        object.set(name, value(parser, next));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    containers.put(array, start);
                    JsonToken next;
                    while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                        note(array, array.size(), at(parser.currentTokenLocation()));
                        array.add(value(parser, next));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return nodes.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return nodes.numberNode(parser.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return nodes.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE -> {
                    return nodes.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return nodes.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                default -> throw new IllegalStateException("unexpected JSON token " + token);
            }
        }
    }
}
