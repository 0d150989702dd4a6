package dev.baton.load;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.Set;

/**
 * Parses YAML into a node tree only: nothing is instantiated, custom tags are refused, and nesting, size and the
 * size of the tree once its aliases are expanded are bounded. Anchors and aliases themselves are ordinary YAML and
 * may be used freely: a billion-laughs file is refused by the expanded size, counted as the aliases expand.
 */
public final class SafeYaml {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /** The most nodes a document may have once every alias is expanded, as the readers will walk it. */
    public static final int MAX_EXPANDED_NODES = 250_000;
    private static final int MAX_ALIASES = 10_000;
    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);

    private SafeYaml() {
    }

    /** The root node of a one-document file, or {@code null} when the file is empty. */
    public static Node compose(SourceFile source, String content) throws LoadException {
        if (content.length() > MAX_CHARS) {
            throw source.error(source.at(0, 0), "file is larger than " + MAX_CHARS / (1024 * 1024)
                    + " MiB; a collection or environment should be far smaller");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_CHARS);
        options.setProcessComments(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(content));
            if (root != null) {
                checkTags(source, root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                        new int[1]);
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (mark != null && e.getContextMark() != null && e.getContext() != null
                    && mark.getIndex() >= content.codePointCount(0, content.length())) {
                // "found unexpected end of stream": point at what was left open, such as a quote
                mark = e.getContextMark();
                problem = problem + " " + e.getContext();
            }
            if (problem.startsWith("Global tag is not allowed: ")) {
                throw source.error(mark == null ? source.at(0, 0) : source.at(mark.getLine(), mark.getColumn()),
                        "YAML tag '" + problem.substring("Global tag is not allowed: ".length()).trim()
                                + "' is not allowed: Baton files hold plain data only");
            }
            throw source.error(mark == null ? source.at(0, 0) : source.clamped(mark.getLine(), mark.getColumn()),
                    "invalid YAML: " + problem.replaceAll("\\s+", " ").trim());
        } catch (YAMLException e) {
            throw source.error(source.at(0, 0), "invalid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** Walks the tree as the readers will, aliases expanded, counting the nodes in {@code seen[0]}. */
    private static void checkTags(SourceFile source, Node node, Set<Node> enclosing, int[] seen)
            throws LoadException {
        if (++seen[0] > MAX_EXPANDED_NODES) {
            throw source.error(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn()),
                    "invalid YAML: the aliases expand the file to more than " + MAX_EXPANDED_NODES + " nodes "
                            + "(a billion-laughs file?); reuse fewer or smaller anchors");
        }
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            throw source.error(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn()),
                    node.getTag().equals(Tag.MERGE)
                            ? "YAML merge keys ('<<:') are not supported; anchor the whole value instead (key: *name)"
                            : "YAML tag '" + node.getTag().getValue() + "' is not allowed: Baton files hold plain data only");
        }
        if (!enclosing.add(node)) {
            throw source.error(source.at(node.getStartMark().getLine(), node.getStartMark().getColumn()),
                    "invalid YAML: this anchor is used inside itself (a recursive alias)");
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                checkTags(source, tuple.getKeyNode(), enclosing, seen);
                checkTags(source, tuple.getValueNode(), enclosing, seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                checkTags(source, item, enclosing, seen);
            }
        }
        enclosing.remove(node);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable document" : message.lines().findFirst().orElse(message);
    }
}
