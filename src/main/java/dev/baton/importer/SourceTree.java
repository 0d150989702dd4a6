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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


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
            throw source.error(at, "invalid JSON: " + firstLine(e.getOriginalMessage())
                    .replaceAll("\\s*\\(?(for \\w+ starting )?at \\[Source:.*$", ""));
        } catch (IOException e) {
            throw source.error(source.at(0, 0), "invalid JSON: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Parses YAML (1.1, as SnakeYAML reads it; JSON is YAML too) into the same tree: plain data only, no custom tags,
     * anchors expanded with a bound on the expanded size.
     */
    public static SourceTree yaml(SourceFile source, String content) throws LoadException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(content.length() + 1, 3 * 1024 * 1024));
        options.setNestingDepthLimit(200);
        options.setMaxAliasesForCollections(1000);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw source.error(mark == null ? source.at(0, 0) : source.clamped(mark.getLine(), mark.getColumn()),
                    "invalid YAML: " + problem.replaceAll("\\s+", " ").trim());
        } catch (YAMLException e) {
            throw source.error(source.at(0, 0), "invalid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            throw source.error(source.at(0, 0), "the file is empty");
        }
        YamlBuilder builder = new YamlBuilder(source);
        JsonNode tree = builder.value(root, 0);
        return new SourceTree(source, tree, builder.containers, builder.members);
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

    /** Builds the tree from SnakeYAML's nodes, noting where each value starts. */
    static final class YamlBuilder {
        private static final int MAX_NODES = 2_000_000;
        private static final Set<Tag> PLAIN = Set.of(
                Tag.STR, Tag.INT, Tag.FLOAT,
                Tag.BOOL, Tag.NULL, Tag.MAP,
                Tag.SEQ, Tag.TIMESTAMP,
                Tag.BINARY);
        final SourceFile source;
        final Map<JsonNode, Position> containers = new IdentityHashMap<>();
        final Map<JsonNode, Map<Object, Position>> members = new IdentityHashMap<>();
        private int count;

        YamlBuilder(SourceFile source) {
            this.source = source;
        }

        private Position at(Node node) {
            return source.clamped(node.getStartMark().getLine(), node.getStartMark().getColumn());
        }

        JsonNode value(Node node, int depth) throws LoadException {
            if (depth > 200) {
                throw source.error(at(node), "the document nests more than 200 levels deep (an alias of itself?)");
            }
            if (++count > MAX_NODES) {
                throw source.error(at(node), "the document expands to more than " + MAX_NODES + " values");
            }
            if (!PLAIN.contains(node.getTag())) {
                throw source.error(at(node), "YAML tag '" + node.getTag() + "' is not allowed: plain data only");
            }
            JsonNodeFactory nodes = Builder.EXACT;
            if (node instanceof MappingNode mapping) {
                ObjectNode object = nodes.objectNode();
                containers.put(object, at(node));
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode scalar
                            ? scalar.getValue() : String.valueOf(tuple.getKeyNode());
                    members.computeIfAbsent(object, o -> new HashMap<>()).put(key,
                            at(tuple.getValueNode()));
                    object.set(key, value(tuple.getValueNode(), depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = nodes.arrayNode();
                containers.put(array, at(node));
                for (Node item : sequence.getValue()) {
                    members.computeIfAbsent(array, o -> new HashMap<>()).put(array.size(), at(item));
                    array.add(value(item, depth + 1));
                }
                return array;
            }
            String text = ((ScalarNode) node).getValue();
            var tag = node.getTag();
            if (tag.equals(Tag.NULL)) {
                return nodes.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return nodes.booleanNode(Set.of("true", "yes", "on", "y").contains(
                        text.toLowerCase(Locale.ROOT)));
            }
            try {
                if (tag.equals(Tag.INT)) {
                    String digits = text.replace("_", "");
                    return nodes.numberNode(digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16)
                            : digits.startsWith("0o") ? new BigInteger(digits.substring(2), 8)
                            : new BigInteger(digits));
                }
                if (tag.equals(Tag.FLOAT) && !text.contains("inf") && !text.contains("nan")
                        && !text.contains(".I") && !text.contains(".N")) {
                    return nodes.numberNode(new BigDecimal(text.replace("_", "")));
                }
            } catch (NumberFormatException e) {
                return nodes.textNode(text);
            }
            return nodes.textNode(text);
        }
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
            members.computeIfAbsent(container, c -> new HashMap<>()).put(key, position);
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
