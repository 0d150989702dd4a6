package dev.baton.load;

import dev.baton.model.Durations;
import dev.baton.model.FormatException;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.model.Tree;
import dev.baton.template.Suggestions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML nodes of one file as typed values, with file:line:col errors, and makes the {@link Tree} of a block for
 * readers outside the loader. Single values are read through {@link Tree}, so both give the same errors.
 */
final class NodeReader {


    private final SourceFile source;
    private final java.nio.file.Path directory;

    NodeReader(SourceFile source) {
        this(source, java.nio.file.Path.of("."));
    }

    /** A reader of a file in {@code directory}, against which the files it names are found. */
    NodeReader(SourceFile source, java.nio.file.Path directory) {
        this.source = source;
        this.directory = directory;
    }

    /** The folder of the file, against which the files it names (bodies, schemas) are found. */
    java.nio.file.Path directory() {
        return directory;
    }

    /** A key of a map with its nodes. */
    record Entry(String key, Node keyNode, Node value) {
    }

    SourceFile source() {
        return source;
    }

    Position position(Node node) {
        return source.at(node.getStartMark().getLine(), node.getStartMark().getColumn());
    }

    LoadException error(Node node, String message) {
        return source.error(position(node), message);
    }

    /** The entries of a map, refusing keys outside {@code allowed} (with "did you mean") and duplicates. */
    Map<String, Entry> entries(Node node, String what, Collection<String> allowed) throws LoadException {
        Map<String, Entry> entries = entries(node, what);
        for (Entry entry : entries.values()) {
            if (!allowed.contains(entry.key())) {
                String hint = Suggestions.didYouMean(entry.key(), allowed).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of: " + String.join(", ", allowed));
                throw error(entry.keyNode(), "unknown key '" + entry.key() + "' in " + what + hint);
            }
        }
        return entries;
    }

    /** The entries of a map with any keys, refusing duplicates. */
    Map<String, Entry> entries(Node node, String what) throws LoadException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a map of key: value, found " + kind(node));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = string(tuple.getKeyNode(), "a key in " + what);
            if (entries.put(key, new Entry(key, tuple.getKeyNode(), tuple.getValueNode())) != null) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        return entries;
    }

    List<Node> list(Node node, String what) throws LoadException {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, what + " must be a list, found " + kind(node));
        }
        return seq.getValue();
    }

    String string(Node node, String what) throws LoadException {
        return read(() -> shallow(node).string(what));
    }

    String nonEmpty(Node node, String what) throws LoadException {
        return read(() -> shallow(node).nonEmpty(what));
    }

    /** A scalar as templated text, positioned at its first character. */
    Text text(Node node, String what) throws LoadException {
        return read(() -> shallow(node).text(what));
    }

    boolean bool(Node node, String what) throws LoadException {
        return read(() -> shallow(node).bool(what));
    }

    /**
     * A scalar as plain data by its YAML tag: {@code null}, a {@link Boolean}, a {@link BigDecimal}, or
     * else (a string, or a number JSON cannot write such as {@code .inf}) its text.
     */
    static Object plain(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return isTrue(scalar.getValue());
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                return new BigDecimal(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException notDecimal) {
                return scalar.getValue();
            }
        }
        return scalar.getValue();
    }

    /** Whether a YAML 1.1 boolean ({@code true}, {@code yes}, {@code on} in any case) is true. */
    static boolean isTrue(String yamlBool) {
        return Tree.isTrue(yamlBool);
    }

    /** The node and everything under it as a {@link Tree}; keys must be single values and unique. */
    Tree tree(Node node, String what) throws LoadException {
        if (node instanceof MappingNode) {
            List<Tree.Entry> entries = new ArrayList<>();
            for (Entry entry : entries(node, what).values()) {
                entries.add(new Tree.Entry(entry.key(), position(entry.keyNode()),
                        tree(entry.value(), what + " " + entry.key())));
            }
            return new Tree.Mapping(entries, position(node));
        }
        if (node instanceof SequenceNode seq) {
            List<Tree> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(tree(item, what));
            }
            return new Tree.Sequence(items, position(node));
        }
        return shallow(node);
    }

    /** A {@link FormatException} of a {@link Tree} reader as a load error of this file. */
    LoadException error(FormatException e) {
        return source.error(e.position(), e.getMessage());
    }

    /** The node as a {@link Tree} without its children: enough to read a single value or to say what it is. */
    private Tree shallow(Node node) {
        if (node instanceof MappingNode) {
            return new Tree.Mapping(List.of(), position(node));
        }
        if (node instanceof SequenceNode) {
            return new Tree.Sequence(List.of(), position(node));
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        Tree.Kind kind = tag.equals(Tag.NULL) ? Tree.Kind.NULL : tag.equals(Tag.BOOL) ? Tree.Kind.BOOLEAN
                : tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? Tree.Kind.NUMBER : Tree.Kind.TEXT;
        return new Tree.Scalar(scalar.getValue(), kind, position(node), contentStart(scalar));
    }

    private <T> T read(Reading<T> reading) throws LoadException {
        try {
            return reading.value();
        } catch (FormatException e) {
            throw error(e);
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T value() throws FormatException;
    }

    int integer(Node node, String what, int min, int max) throws LoadException {
        String value = string(node, what);
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(node, what + " must be a whole number from " + min + " to " + max + ", found '" + value + "'");
    }

    /** A duration written as {@code 500ms}, {@code 10s}, {@code 2m} or a number of milliseconds. */
    Duration duration(Node node, String what) throws LoadException {
        String value = string(node, what).trim();
        return Durations.parse(value).orElseThrow(() -> error(node, what + " must be " + Durations.EXAMPLES
                + ", found '" + value + "'"));
    }

    private Position contentStart(ScalarNode node) {
        int line = node.getStartMark().getLine();
        int column = node.getStartMark().getColumn();
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            return source.at(line, column + 1);
        }
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            String next = source.line(line + 2);
            int indent = next == null ? 0 : next.length() - next.stripLeading().length();
            return source.at(line + 1, indent);
        }
        return source.at(line, column);
    }

    String kind(Node node) {
        return shallow(node).found();
    }
}
