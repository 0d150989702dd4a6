package dev.baton.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.check.QueryKind;
import dev.baton.json.Jackson;
import dev.baton.model.Position;
import dev.baton.model.Query;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the document of a {@link QueryKind.Shape#DOCUMENT} query: a file beside the collection
 * ({@code jsonSchema: schemas/user.json}) or written inline as YAML ({@code jsonSchema: {type: object}}), as JSON
 * text that the kind checks before anything is sent.
 */
final class Documents {

    private final NodeReader reader;

    Documents(NodeReader reader) {
        this.reader = reader;
    }

    Query query(QueryKind kind, Node node, String what, Position at) throws LoadException {
        Text path = null;
        String json;
        if (node instanceof ScalarNode) {
            path = reader.text(node, what);
            json = LocalFiles.read(reader, path, what);
        } else {
            try {
                json = Jackson.mapper().writeValueAsString(plain(node));
            } catch (JsonProcessingException e) {
                throw reader.error(node, what + ": cannot be written as JSON");
            }
        }
        Optional<String> problem = kind.documentProblem(json);
        if (problem.isPresent()) {
            throw reader.error(node, what + ": " + problem.get());
        }
        return new Query(kind.key(), path, null, json, at);
    }

    /** A YAML node as plain JSON data: maps, lists, strings, numbers, booleans and null. */
    private Object plain(Node node) throws LoadException {
        if (node instanceof MappingNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (var entry : reader.entries(node, "the document").values()) {
                map.put(entry.key(), plain(entry.value()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(plain(item));
            }
            return list;
        }
        return NodeReader.plain((ScalarNode) node);
    }
}
