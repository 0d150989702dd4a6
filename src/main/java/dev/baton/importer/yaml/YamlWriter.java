package dev.baton.importer.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link YamlMap} as YAML text through SnakeYAML's serializer and emitter, so that every scalar is quoted or
 * not as YAML needs ({@code '200'} stays a string, {@code 'a: b'} is quoted) and comments are written as comments. No
 * node is shared, so the text has no anchors.
 */
public final class YamlWriter {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private YamlWriter() {
    }

    /** The document: {@code header} lines as comments at the top, then the mapping. */
    public static String write(List<String> header, YamlMap root) {
        DumperOptions options = new DumperOptions();
        options.setProcessComments(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        MappingNode node = mapping(root);
        if (!header.isEmpty() && !node.getValue().isEmpty()) {
            Node firstKey = node.getValue().get(0).getKeyNode();
            List<CommentLine> lines = new ArrayList<>(comments(header));
            if (firstKey.getBlockComments() != null) {
                lines.addAll(firstKey.getBlockComments());
            }
            firstKey.setBlockComments(lines);
        }
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(node, out);
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** One item of a list, such as a step to paste under {@code steps:}: {@code header} as comments, then the item. */
    public static String writeItem(List<String> header, YamlMap item) {
        String document = write(List.of(), YamlMap.block().put("steps", List.of(item)));
        StringBuilder out = new StringBuilder();
        for (CommentLine line : comments(header)) {
            out.append('#').append(line.getValue()).append('\n');
        }
        document.lines().skip(1).forEach(line -> out.append(line.startsWith("  ") ? line.substring(2) : line)
                .append('\n'));
        return out.toString();
    }

    private static MappingNode mapping(YamlMap map) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (var entry : map.entries().entrySet()) {
            ScalarNode key = string(entry.getKey());
            List<String> comments = map.commentsOf(entry.getKey());
            if (!comments.isEmpty()) {
                key.setBlockComments(comments(comments));
            }
            tuples.add(new NodeTuple(key, node(entry.getValue())));
        }
        return new MappingNode(Tag.MAP, tuples, map.isFlow() ? DumperOptions.FlowStyle.FLOW
                : DumperOptions.FlowStyle.BLOCK);
    }

    private static Node node(Object value) {
        if (value instanceof YamlMap map) {
            return mapping(map);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object item : list) {
                items.add(node(item));
            }
            boolean scalars = list.stream().noneMatch(v -> v instanceof YamlMap || v instanceof List<?>);
            boolean shortItems = list.stream().allMatch(v -> String.valueOf(v).length() < 40 && !String.valueOf(v)
                    .contains("\n"));
            return new SequenceNode(Tag.SEQ, items, scalars && shortItems && list.size() <= 8
                    ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
        }
        if (value == YamlValues.NULL) {
            return new ScalarNode(Tag.NULL, "null", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        if (value instanceof Boolean b) {
            return new ScalarNode(Tag.BOOL, b.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        if (value instanceof BigDecimal d) {
            return number(d.scale() <= 0 && d.precision() - d.scale() < 19 ? d.toBigInteger().toString()
                    : d.toString(), d.scale() > 0 || d.toString().contains("E"));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return number(value.toString(), false);
        }
        if (value instanceof Number n) {
            return number(n.toString(), true);
        }
        return string(String.valueOf(value));
    }

    private static ScalarNode number(String text, boolean decimal) {
        return new ScalarNode(decimal ? Tag.FLOAT : Tag.INT, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static ScalarNode string(String text) {
        boolean multiline = text.contains("\n") && !text.contains("\r") && text.chars().noneMatch(c -> c == '\t'
                || c < 0x20 && c != '\n');
        return new ScalarNode(Tag.STR, text, null, null, multiline ? DumperOptions.ScalarStyle.LITERAL
                : DumperOptions.ScalarStyle.PLAIN);
    }

    private static List<CommentLine> comments(List<String> lines) {
        List<CommentLine> comments = new ArrayList<>();
        for (String line : lines) {
            for (String part : LINE_BREAK.split(line, -1)) {
                String clean = part.replaceAll("\\p{Cntrl}", " ").stripTrailing();
                comments.add(new CommentLine(null, null, clean.isEmpty() ? "" : " " + clean, CommentType.BLOCK));
            }
        }
        return comments;
    }
}
