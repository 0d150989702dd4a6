package dev.baton.load;

import dev.baton.auth.AuthType;
import dev.baton.auth.AuthTypes;
import dev.baton.model.AuthSpec;
import dev.baton.model.FormatException;
import dev.baton.model.LoginSpec;
import dev.baton.model.Tree;
import dev.baton.template.Suggestions;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code auth:} block of a collection: its {@code type:} chooses the {@link AuthType} that reads the rest. */
final class AuthReader {

    private final NodeReader reader;

    AuthReader(NodeReader reader) {
        this.reader = reader;
    }

    AuthSpec auth(Node node) throws LoadException {
        var entries = reader.entries(node, "auth");
        AuthTypes types = AuthTypes.available();
        List<String> names = types.names();
        if (!entries.containsKey("type")) {
            throw reader.error(node, "auth needs a 'type': one of " + String.join(", ", names));
        }
        Node typeNode = entries.get("type").value();
        String name = reader.string(typeNode, "auth type");
        AuthType type = types.byName(name).orElseThrow(() -> reader.error(typeNode, "unknown auth type '" + name
                + "'" + Suggestions.didYouMean(name, names).map(s -> "; did you mean '" + s + "'?")
                .orElse("; use one of " + String.join(", ", names))));
        String what = "auth of type " + name;
        var written = reader.entries(node, what, keys(type));
        LoginSpec login = written.containsKey("login") ? new LoginReader(reader).login(written.get("login").value())
                : null;
        try {
            return type.read((Tree.Mapping) reader.tree(node, what), login);
        } catch (FormatException e) {
            throw reader.error(e);
        }
    }

    /** The keys a block of the type accepts: {@code type} and the type's own. */
    static List<String> keys(AuthType type) {
        List<String> keys = new ArrayList<>(List.of("type"));
        keys.addAll(type.keys());
        return keys;
    }
}
