package dev.baton.load;

import dev.baton.model.Body;
import dev.baton.model.Credentials;
import dev.baton.model.NamedText;
import dev.baton.model.Position;
import dev.baton.model.RequestSpec;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code request:} of a step. */
final class RequestReader {

    static final List<String> REQUEST_KEYS = List.of("method", "url", "query", "headers", "form", "json", "body",
            "contentType", "multipart", "graphql", "basicAuth", "digestAuth", "bearer");
    static final List<String> BODY_KEYS = List.of("form", "json", "body", "multipart", "graphql");
    static final List<String> FILE_BODY_KEYS = List.of("file", "template");
    static final List<String> PART_KEYS = List.of("value", "file", "filename", "contentType");
    static final List<String> GRAPHQL_KEYS = List.of("query", "variables", "operationName");
    /** The keys of {@code basicAuth:} and {@code digestAuth:}. */
    static final List<String> CREDENTIAL_KEYS = List.of("username", "password");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final NodeReader reader;

    RequestReader(NodeReader reader) {
        this.reader = reader;
    }

    RequestSpec request(Node node) throws LoadException {
        var entries = reader.entries(node, "request", REQUEST_KEYS);
        Text method = entries.containsKey("method") ? reader.text(entries.get("method").value(), "method")
                : Text.literal(entries.containsKey("graphql") ? "POST" : "GET");
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
        List<String> bodies = entries.keySet().stream().filter(BODY_KEYS::contains).toList();
        if (bodies.size() > 1) {
            throw reader.error(entries.get(bodies.get(1)).keyNode(), "a request has one body: '" + bodies.get(0)
                    + "' and '" + bodies.get(1) + "' are both given");
        }
        if (entries.containsKey("contentType") && !entries.containsKey("body")) {
            throw reader.error(entries.get("contentType").keyNode(), "contentType goes with 'body'; form, json, "
                    + "multipart and graphql set their own");
        }
        Body body = null;
        if (entries.containsKey("form")) {
            body = new Body.Form(pairs(entries.get("form").value(), "form"));
        } else if (entries.containsKey("json")) {
            List<Text> keys = new ArrayList<>();
            body = new Body.Json(json(entries.get("json").value(), keys), keys);
        } else if (entries.containsKey("body")) {
            body = body(entries);
        } else if (entries.containsKey("multipart")) {
            body = multipart(entries.get("multipart").value());
        } else if (entries.containsKey("graphql")) {
            body = graphql(entries.get("graphql"));
        }
        return new RequestSpec(method, url,
                entries.containsKey("query") ? pairs(entries.get("query").value(), "query") : List.of(),
                entries.containsKey("headers") ? headers(entries.get("headers").value()) : List.of(),
                body, credentials(entries));
    }

    private Credentials credentials(Map<String, NodeReader.Entry> entries) throws LoadException {
        List<String> given = entries.keySet().stream().filter(List.of("basicAuth", "digestAuth", "bearer")::contains)
                .toList();
        if (given.size() > 1) {
            throw reader.error(entries.get(given.get(1)).keyNode(), "a request has one of 'basicAuth', 'digestAuth' "
                    + "and 'bearer': '" + given.get(0) + "' and '" + given.get(1) + "' are both given");
        }
        if (entries.containsKey("bearer")) {
            return new Credentials.Bearer(reader.text(entries.get("bearer").value(), "bearer"));
        }
        if (entries.containsKey("digestAuth")) {
            Text[] pair = userAndPassword(entries.get("digestAuth"));
            return new Credentials.Digest(pair[0], pair[1]);
        }
        if (!entries.containsKey("basicAuth")) {
            return null;
        }
        Text[] pair = userAndPassword(entries.get("basicAuth"));
        return new Credentials.Basic(pair[0], pair[1]);
    }

    private Text[] userAndPassword(NodeReader.Entry entry) throws LoadException {
        String what = entry.key();
        var pair = reader.entries(entry.value(), what, CREDENTIAL_KEYS);
        if (!pair.containsKey("username")) {
            throw reader.error(entry.value(), what + " needs 'username' (and 'password')");
        }
        Text password = pair.containsKey("password") ? reader.text(pair.get("password").value(), "password")
                : Text.literal("");
        return new Text[]{reader.text(pair.get("username").value(), "username"), password};
    }

    /** {@code body: text}, or {@code body: {file: payload.json, template: true}}. */
    private Body body(Map<String, NodeReader.Entry> entries) throws LoadException {
        Node node = entries.get("body").value();
        boolean written = entries.containsKey("contentType");
        Text type = written ? reader.text(entries.get("contentType").value(), "contentType") : null;
        if (!(node instanceof MappingNode)) {
            return new Body.Raw(reader.text(node, "body"), type == null ? Text.literal("text/plain") : type);
        }
        var file = reader.entries(node, "body", FILE_BODY_KEYS);
        if (!file.containsKey("file")) {
            throw reader.error(node, "body is text, or a file: body: {file: payload.json}");
        }
        Text name = reader.text(file.get("file").value(), "body file");
        java.nio.file.Path path = LocalFiles.find(reader, name, "body file");
        boolean templated = file.containsKey("template") && reader.bool(file.get("template").value(), "template");
        Text template = templated ? new Text(LocalFiles.read(reader, name, "body file"),
                new Position(dev.baton.model.DisplayPath.of(path), 1, 1)) : null;
        return new Body.File(path, name, type == null ? Text.literal(MediaTypes.guess(path, templated)) : type,
                template);
    }

    /** {@code multipart: {title: Report, file: {file: report.pdf, contentType: application/pdf}}}. */
    private Body multipart(Node node) throws LoadException {
        List<Body.Part> parts = new ArrayList<>();
        for (var entry : reader.entries(node, "multipart").values()) {
            Position namePosition = reader.text(entry.keyNode(), "multipart").position();
            List<Node> values = entry.value() instanceof SequenceNode seq ? seq.getValue() : List.of(entry.value());
            for (Node value : values) {
                parts.add(part(entry.key(), namePosition, value));
            }
        }
        if (parts.isEmpty()) {
            throw reader.error(node, "multipart needs at least one part");
        }
        return new Body.Multipart(parts);
    }

    private Body.Part part(String name, Position namePosition, Node node) throws LoadException {
        String what = "multipart " + name;
        if (!(node instanceof MappingNode)) {
            return new Body.Part(name, namePosition, reader.text(node, what), null, null, null);
        }
        var spec = reader.entries(node, what, PART_KEYS);
        if (spec.containsKey("value") == spec.containsKey("file")) {
            throw reader.error(node, what + " has a 'value' or a 'file', one of them");
        }
        Text type = spec.containsKey("contentType") ? reader.text(spec.get("contentType").value(), "contentType")
                : null;
        if (spec.containsKey("value")) {
            if (spec.containsKey("filename")) {
                throw reader.error(spec.get("filename").keyNode(), "'filename' goes with a 'file' part");
            }
            return new Body.Part(name, namePosition, reader.text(spec.get("value").value(), what), null, null, type);
        }
        Text written = reader.text(spec.get("file").value(), what + " file");
        java.nio.file.Path file = LocalFiles.find(reader, written, what + " file");
        Text filename = spec.containsKey("filename") ? reader.text(spec.get("filename").value(), "filename")
                : Text.literal(file.getFileName().toString());
        return new Body.Part(name, namePosition, null, file, filename,
                type == null ? Text.literal(MediaTypes.guess(file, false)) : type);
    }

    /** {@code graphql: {query: ..., variables: {...}, operationName: ...}}. */
    private Body graphql(NodeReader.Entry entry) throws LoadException {
        var spec = reader.entries(entry.value(), "graphql", GRAPHQL_KEYS);
        if (!spec.containsKey("query")) {
            throw reader.error(entry.value(), "graphql needs a 'query': the GraphQL document");
        }
        Text query = reader.text(spec.get("query").value(), "graphql query");
        if (query.raw().isBlank()) {
            throw reader.error(spec.get("query").value(), "graphql query must not be empty");
        }
        Body.Json variables = null;
        if (spec.containsKey("variables")) {
            Node node = spec.get("variables").value();
            if (!(node instanceof MappingNode)) {
                throw reader.error(node, "graphql variables must be a map of name: value, found "
                        + reader.kind(node));
            }
            List<Text> keys = new ArrayList<>();
            variables = new Body.Json(json(node, keys), keys);
        }
        Text operation = spec.containsKey("operationName")
                ? reader.text(spec.get("operationName").value(), "operationName") : null;
        return new Body.GraphQl(query, variables, operation, reader.position(entry.keyNode()));
    }

    /** Headers: pairs whose names are RFC 9110 tokens. */
    private List<NamedText> headers(Node node) throws LoadException {
        for (var entry : reader.entries(node, "headers").values()) {
            var problem = entry.key().contains("<<") ? java.util.Optional.<String>empty()
                    : dev.baton.http.HeaderNames.problem(entry.key());
            if (problem.isPresent()) {
                throw reader.error(entry.keyNode(), problem.get());
            }
            List<Node> values = entry.value() instanceof SequenceNode seq ? seq.getValue() : List.of(entry.value());
            for (Node value : values) {
                var valueProblem = value instanceof ScalarNode scalar
                        ? dev.baton.http.HeaderNames.valueProblem(entry.key(), scalar.getValue())
                        : java.util.Optional.<String>empty();
                if (valueProblem.isPresent()) {
                    throw reader.error(value, valueProblem.get());
                }
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
        Object plain = NodeReader.plain((ScalarNode) node);
        return plain instanceof String ? reader.text(node, "json value") : plain;
    }
}
