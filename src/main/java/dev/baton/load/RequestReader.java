package dev.baton.load;

import dev.baton.model.Body;
import dev.baton.model.Credentials;
import dev.baton.model.NamedText;
import dev.baton.model.RequestSpec;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code request:} of a step. */
final class RequestReader {

    static final List<String> REQUEST_KEYS = List.of("method", "url", "query", "headers", "form", "json", "body",
            "contentType", "basicAuth", "bearer");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final NodeReader reader;

    RequestReader(NodeReader reader) {
        this.reader = reader;
    }

    RequestSpec request(Node node) throws LoadException {
        var entries = reader.entries(node, "request", REQUEST_KEYS);
        Text method = entries.containsKey("method") ? reader.text(entries.get("method").value(), "method")
                : Text.literal("GET");
        if (!method.raw().contains("<<") && !METHODS.contains(method.raw())) {
            throw reader.source().error(method.position(), "unknown method '" + method.raw() + "'; use one of "
                    + String.join(", ", METHODS.stream().sorted().toList()) + " (upper case)");
        }
        if (!entries.containsKey("url")) {
            throw reader.error(node, "request has no 'url'");
        }
        Text url = reader.text(entries.get("url").value(), "url");
        if (url.raw().isBlank()) {
            throw reader.error(entries.get("url").value(), "url must not be empty");
        }
        List<String> bodies = entries.keySet().stream().filter(k -> Set.of("form", "json", "body").contains(k)).toList();
        if (bodies.size() > 1) {
            throw reader.error(entries.get(bodies.get(1)).keyNode(), "a request has one body: '" + bodies.get(0)
                    + "' and '" + bodies.get(1) + "' are both given");
        }
        if (entries.containsKey("contentType") && !entries.containsKey("body")) {
            throw reader.error(entries.get("contentType").keyNode(), "contentType goes with 'body'; form and json "
                    + "set their own");
        }
        Body body = null;
        if (entries.containsKey("form")) {
            body = new Body.Form(pairs(entries.get("form").value(), "form"));
        } else if (entries.containsKey("json")) {
            List<Text> keys = new ArrayList<>();
            body = new Body.Json(json(entries.get("json").value(), keys), keys);
        } else if (entries.containsKey("body")) {
            Text type = entries.containsKey("contentType")
                    ? reader.text(entries.get("contentType").value(), "contentType") : Text.literal("text/plain");
            body = new Body.Raw(reader.text(entries.get("body").value(), "body"), type);
        }
        return new RequestSpec(method, url,
                entries.containsKey("query") ? pairs(entries.get("query").value(), "query") : List.of(),
                entries.containsKey("headers") ? headers(entries.get("headers").value()) : List.of(),
                body, credentials(entries));
    }

    private Credentials credentials(Map<String, NodeReader.Entry> entries) throws LoadException {
        if (entries.containsKey("basicAuth") && entries.containsKey("bearer")) {
            throw reader.error(entries.get("bearer").keyNode(), "a request has 'basicAuth' or 'bearer', not both");
        }
        if (entries.containsKey("bearer")) {
            return new Credentials.Bearer(reader.text(entries.get("bearer").value(), "bearer"));
        }
        if (!entries.containsKey("basicAuth")) {
            return null;
        }
        var basic = reader.entries(entries.get("basicAuth").value(), "basicAuth", List.of("username", "password"));
        if (!basic.containsKey("username")) {
            throw reader.error(entries.get("basicAuth").value(), "basicAuth needs 'username' (and 'password')");
        }
        Text password = basic.containsKey("password") ? reader.text(basic.get("password").value(), "password")
                : Text.literal("");
        return new Credentials.Basic(reader.text(basic.get("username").value(), "username"), password);
    }

    /** Headers: pairs whose names are RFC 9110 tokens. */
    private List<NamedText> headers(Node node) throws LoadException {
        for (var entry : reader.entries(node, "headers").values()) {
            var problem = entry.key().contains("<<") ? java.util.Optional.<String>empty()
                    : dev.baton.http.HeaderNames.problem(entry.key());
            if (problem.isPresent()) {
                throw reader.error(entry.keyNode(), problem.get());
            }
        }
        return pairs(node, "headers");
    }

    /** Name: value pairs; a list value repeats the name once per item. */
    private List<NamedText> pairs(Node node, String what) throws LoadException {
        List<NamedText> pairs = new ArrayList<>();
        for (var entry : reader.entries(node, what).values()) {
            if (entry.value() instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    pairs.add(new NamedText(entry.key(), reader.text(item, what + " " + entry.key()),
                            reader.text(entry.keyNode(), what).position()));
                }
            } else {
                pairs.add(new NamedText(entry.key(), reader.text(entry.value(), what + " " + entry.key()),
                        reader.text(entry.keyNode(), what).position()));
            }
        }
        return pairs;
    }

    private Object json(Node node, List<Text> templatedKeys) throws LoadException {
        if (node instanceof MappingNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (var entry : reader.entries(node, "json").values()) {
                if (entry.key().contains("<<")) {
                    templatedKeys.add(reader.text(entry.keyNode(), "a key in json"));
                }
                map.put(entry.key(), json(entry.value(), templatedKeys));
            }
            return map;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(json(item, templatedKeys));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return NodeReader.isTrue(scalar.getValue());
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return new java.math.BigDecimal(scalar.getValue().replace("_", ""));
        }
        return reader.text(node, "json value");
    }
}
