package dev.baton.load;

import dev.baton.audit.Probe;
import dev.baton.audit.probes.Probes;
import dev.baton.model.Collection;
import dev.baton.model.LoginSpec;
import dev.baton.model.OAuthRole;
import dev.baton.model.Position;
import dev.baton.model.RequestSpec;
import dev.baton.model.SignInEngine;
import dev.baton.model.Step;
import dev.baton.model.Text;
import dev.baton.template.Suggestions;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an audit file, whose {@code audit:} block names a server, a client and how to sign in, into a collection
 * with one step per probe of {@link Probes}. The block's values become the {@code <<audit.*>>} variables, so that an
 * environment or {@code --var} can give them and the pre-run check sees every placeholder they use.
 */
final class AuditReader {

    static final List<String> KEYS = List.of("issuer", "authorizationEndpoint", "tokenEndpoint", "userinfoEndpoint",
            "clientId", "clientSecret", "redirectUri", "scope", "otherClient", "login", "probes", "skip");
    static final List<String> CLIENT_KEYS = List.of("clientId", "clientSecret");

    /** The variables the block's keys set. */
    static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("issuer", "audit.issuer"),
            Map.entry("authorizationEndpoint", "audit.authorization_endpoint"),
            Map.entry("tokenEndpoint", "audit.token_endpoint"),
            Map.entry("userinfoEndpoint", "audit.userinfo_endpoint"),
            Map.entry("clientId", "audit.client_id"),
            Map.entry("clientSecret", "audit.client_secret"),
            Map.entry("redirectUri", "audit.redirect_uri"),
            Map.entry("scope", "audit.scope"));

    private final NodeReader reader;

    AuditReader(NodeReader reader) {
        this.reader = reader;
    }

    Collection collection(Path file, String name, String description, Map<String, Text> vars, NodeReader.Entry block)
            throws LoadException {
        var entries = reader.entries(block.value(), "audit", KEYS);
        Position position = reader.position(block.keyNode());
        for (String key : List.of("clientId", "redirectUri")) {
            if (!entries.containsKey(key)) {
                throw reader.error(block.keyNode(), "the audit needs '" + key + "'");
            }
        }
        if (!entries.containsKey("issuer") && !(entries.containsKey("authorizationEndpoint")
                && entries.containsKey("tokenEndpoint"))) {
            throw reader.error(block.keyNode(), "the audit needs 'issuer' (its metadata is discovered), or "
                    + "'authorizationEndpoint' and 'tokenEndpoint'");
        }
        Map<String, Text> all = new LinkedHashMap<>(vars);
        for (Map.Entry<String, String> key : VARIABLES.entrySet()) {
            if (entries.containsKey(key.getKey())) {
                all.put(key.getValue(), reader.text(entries.get(key.getKey()).value(), "audit " + key.getKey()));
            }
        }
        if (entries.containsKey("otherClient")) {
            var other = reader.entries(entries.get("otherClient").value(), "otherClient", CLIENT_KEYS);
            if (!other.containsKey("clientId")) {
                throw reader.error(entries.get("otherClient").keyNode(), "otherClient needs 'clientId'");
            }
            all.put("audit.other_client_id", reader.text(other.get("clientId").value(), "otherClient clientId"));
            if (other.containsKey("clientSecret")) {
                all.put("audit.other_client_secret", reader.text(other.get("clientSecret").value(),
                        "otherClient clientSecret"));
            }
        }
        LoginSpec login = entries.containsKey("login") ? new LoginReader(reader).login(entries.get("login").value())
                : null;
        if (login != null && login.engine() == SignInEngine.PERSON) {
            throw reader.error(entries.get("login").keyNode(), "an audit signs in by itself, many times: "
                    + "'browser: true' does not fit it");
        }
        Text target = all.getOrDefault("audit.issuer", all.get("audit.authorization_endpoint"));
        RequestSpec request = new RequestSpec(Text.literal("GET"), target, List.of(), List.of(), null, null);
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<Probe, Position> chosen : chosen(entries, position).entrySet()) {
            Probe probe = chosen.getKey();
            steps.add(new Step(Probes.testName(probe), request, List.of(), List.of(), OAuthRole.NONE, login, false,
                    false, null, null, null, Set.of("audit", probe.id()), probe.id(), chosen.getValue()));
        }
        if (steps.isEmpty()) {
            throw reader.error(block.keyNode(), "the audit leaves out every probe");
        }
        return new Collection(name, description, file, all, null, steps, position);
    }

    /** The probes {@code probes:} names (all by default), less those {@code skip:} names, where each is written. */
    private Map<Probe, Position> chosen(Map<String, NodeReader.Entry> entries, Position position)
            throws LoadException {
        Map<Probe, Position> chosen = new LinkedHashMap<>();
        if (entries.containsKey("probes")) {
            for (Node item : reader.list(entries.get("probes").value(), "probes")) {
                chosen.put(probe(item), reader.position(item));
            }
        } else {
            Probes.all().forEach(p -> chosen.put(p, position));
        }
        if (entries.containsKey("skip")) {
            Set<Probe> skipped = new LinkedHashSet<>();
            for (Node item : reader.list(entries.get("skip").value(), "skip")) {
                skipped.add(probe(item));
            }
            chosen.keySet().removeAll(skipped);
        }
        return chosen;
    }

    private Probe probe(Node item) throws LoadException {
        String id = reader.nonEmpty(item, "a probe");
        return Probes.byId(id).orElseThrow(() -> reader.error(item, "unknown probe '" + id + "'"
                + Suggestions.didYouMean(id, Probes.ids()).map(s -> "; did you mean '" + s + "'?")
                .orElse("; the probes are: " + String.join(", ", Probes.ids()))));
    }
}
