package dev.baton.load;

import dev.baton.model.AuthSpec;
import dev.baton.model.Collection;
import dev.baton.model.DisplayPath;
import dev.baton.secret.OwnWords;
import dev.baton.model.LoginSpec;
import dev.baton.model.OAuthRole;
import dev.baton.model.Step;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a collection file into a {@link Collection}, checking every key and value type. */
public final class CollectionLoader {

    static final List<String> COLLECTION_KEYS = List.of("name", "description", "vars", "auth", "steps", "audit");
    static final List<String> STEP_KEYS = List.of("name", "oauth", "request", "login", "capture", "expect",
            "followRedirects", "timeout", "retry", "when", "skip", "tags");

    /**
     * Collections already read in this process, by file and content: a run checks its collections before it
     * starts and the engine discovers them again, and a large file should be parsed once.
     */
    private static final Map<String, Loaded> LOADED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
                    return size() > 64;
                }
            });

    private record Loaded(String content, Collection collection) {
    }

    /** Loads a collection file. */
    public Collection load(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        OwnWords.path(shown, file.toString(), file.toAbsolutePath().normalize().toString());
        String content = read(file, shown);
        String key = file.toAbsolutePath().normalize() + "|" + shown;
        Loaded known = LOADED.get(key);
        if (known != null && known.content().equals(content)) {
            return known.collection();
        }
        Collection collection = parse(file, shown, content);
        LOADED.put(key, new Loaded(content, collection));
        return collection;
    }

    private Collection parse(Path file, String shown, String content) throws LoadException {
        SourceFile source = new SourceFile(shown, content).hidingSecrets();
        Path folder = file.toAbsolutePath().getParent();
        NodeReader reader = new NodeReader(source, folder == null ? Path.of(".") : folder);
        Node root = SafeYaml.compose(source, content);
        if (root == null) {
            throw source.error(source.at(0, 0), "the collection is empty; it needs at least 'name' and 'steps'");
        }
        var entries = reader.entries(root, "the collection", COLLECTION_KEYS);
        String name = entries.containsKey("name") ? reader.nonEmpty(entries.get("name").value(), "name")
                : fileStem(file);
        String description = entries.containsKey("description")
                ? reader.string(entries.get("description").value(), "description") : "";
        Map<String, Text> vars = entries.containsKey("vars") ? vars(reader, entries.get("vars").value())
                : Map.of();
        if (entries.containsKey("audit")) {
            for (String other : List.of("auth", "steps")) {
                if (entries.containsKey(other)) {
                    throw reader.error(entries.get(other).keyNode(), "an audit runs Baton's probes: it takes no '"
                            + other + "'");
                }
            }
            return new AuditReader(reader).collection(file, name, description, vars, entries.get("audit"));
        }
        AuthSpec auth = entries.containsKey("auth") ? new AuthReader(reader).auth(entries.get("auth").value()) : null;
        if (!entries.containsKey("steps")) {
            throw reader.error(root, "the collection has no 'steps'");
        }
        List<Step> steps = steps(reader, entries.get("steps").value());
        Collection collection = new Collection(name, description, file, vars, auth, steps, reader.position(root));
        JwtReader.checkIssuers(collection, reader.source());
        return collection;
    }

    static String read(Path file, String shown) throws LoadException {
        SourceFile noLines = new SourceFile(shown, "");
        try {
            if (Files.isDirectory(file)) {
                throw noLines.error(noLines.at(0, 0), "is a directory, not a file");
            }
            var special = FileKind.special(file);
            if (special.isPresent()) {
                throw noLines.error(noLines.at(0, 0), FileKind.notRegular(special.get()));
            }
            long size = Files.size(file);
            if (size > SafeYaml.MAX_CHARS) {
                throw noLines.error(noLines.at(0, 0), "file is " + size + " bytes; the limit is "
                        + SafeYaml.MAX_CHARS / (1024 * 1024) + " MiB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw noLines.error(noLines.at(0, 0), "file is not UTF-8 text");
        } catch (IOException e) {
            throw new LoadException(dev.baton.model.Position.of(shown), null, "cannot read file: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    private static String fileStem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Map<String, Text> vars(NodeReader reader, Node node) throws LoadException {
        Map<String, Text> vars = new LinkedHashMap<>();
        for (var entry : reader.entries(node, "vars").values()) {
            vars.put(VariableNames.check(reader, entry), reader.text(entry.value(), "variable " + entry.key()));
        }
        return vars;
    }

    private List<Step> steps(NodeReader reader, Node node) throws LoadException {
        List<Node> items = reader.list(node, "steps");
        if (items.isEmpty()) {
            throw reader.error(node, "steps is empty; a collection needs at least one step");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : items) {
            Step step = step(reader, item);
            if (!names.add(step.name())) {
                throw reader.error(item, "two steps are named '" + step.name() + "'; step names must be unique");
            }
            steps.add(step);
        }
        return steps;
    }

    private Step step(NodeReader reader, Node node) throws LoadException {
        var entries = reader.entries(node, "a step", STEP_KEYS);
        if (!entries.containsKey("name")) {
            throw reader.error(node, "every step needs a 'name'");
        }
        String name = reader.nonEmpty(entries.get("name").value(), "step name");
        if (!entries.containsKey("request")) {
            throw reader.error(node, "step '" + name + "' has no 'request'");
        }
        OAuthRole role = entries.containsKey("oauth") ? role(reader, entries.get("oauth").value()) : OAuthRole.NONE;
        LoginSpec login = entries.containsKey("login") ? new LoginReader(reader).login(entries.get("login").value())
                : null;
        if (login != null && role != OAuthRole.AUTHORIZE) {
            throw reader.error(entries.get("login").keyNode(), "'login' belongs on the step with 'oauth: authorize'");
        }
        var checks = new CheckReader(reader);
        var expect = entries.containsKey("expect") ? checks.expectations(entries.get("expect").value())
                : CheckReader.Expect.NONE;
        if (expect.stateMismatch() && role != OAuthRole.AUTHORIZE) {
            throw reader.error(reader.entries(entries.get("expect").value(), "expect").get("state").keyNode(),
                    "'state: mismatch' belongs on the step with "
                    + "'oauth: authorize'");
        }
        var oauthExpectation = expect.expectations().stream()
                .filter(e -> dev.baton.check.Queries.byKey(e.query().kind()).orElseThrow().authorizationOnly())
                .findFirst();
        if (oauthExpectation.isPresent() && role != OAuthRole.AUTHORIZE) {
            throw reader.error(reader.entries(entries.get("expect").value(), "expect").get("oauth").keyNode(),
                    "'expect: {oauth: ...}' checks the authorization response; it belongs on the step with "
                    + "'oauth: authorize'");
        }
        boolean follow = entries.containsKey("followRedirects")
                && reader.bool(entries.get("followRedirects").value(), "followRedirects");
        Duration timeout = entries.containsKey("timeout") ? reader.duration(entries.get("timeout").value(), "timeout")
                : null;
        return new Step(name, new RequestReader(reader).request(entries.get("request").value()),
                entries.containsKey("capture") ? checks.captures(entries.get("capture").value()) : List.of(),
                expect.expectations(), role, login, expect.stateMismatch(), follow, timeout,
                entries.containsKey("retry") ? checks.retry(entries.get("retry").value()) : null,
                checks.condition(entries.get("when"), entries.get("skip")),
                entries.containsKey("tags") ? tags(reader, entries.get("tags").value()) : Set.of(), null,
                reader.position(node));
    }

    private static OAuthRole role(NodeReader reader, Node node) throws LoadException {
        String value = reader.string(node, "oauth");
        return switch (value) {
            case "authorize" -> OAuthRole.AUTHORIZE;
            case "token" -> OAuthRole.TOKEN;
            case "revoke" -> OAuthRole.REVOKE;
            case "introspect" -> OAuthRole.INTROSPECT;
            default -> throw reader.error(node, "oauth must be 'authorize', 'token', 'revoke' or 'introspect', found '"
                    + value + "'");
        };
    }

    private static Set<String> tags(NodeReader reader, Node node) throws LoadException {
        Set<String> tags = new LinkedHashSet<>();
        for (Node tag : reader.list(node, "tags")) {
            tags.add(reader.nonEmpty(tag, "a tag"));
        }
        return tags;
    }
}
