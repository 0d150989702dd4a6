package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;
import dev.baton.load.SourceFile;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An OpenAPI 3.0 or 3.1 document, YAML or JSON, read with Baton's own readers (SnakeYAML and Jackson; the weight of
 * swagger-parser is not needed to walk paths and follow references), checked to be one, with its {@code $ref}s
 * followed: JSON pointers into the document ({@code #/components/schemas/Pet}) and into files beside it
 * ({@code common.yaml#/Pet}); references to URLs are not fetched.
 */
final class OpenApiDocument {

    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** A value and the file it is in, for references inside it. */
    record Located(JsonNode node, Path file) {
    }

    private final Path file;
    private final SourceTree tree;
    private final String version;
    private final Map<Path, SourceTree> others = new HashMap<>();

    private OpenApiDocument(Path file, SourceTree tree, String version) {
        this.file = file;
        this.tree = tree;
        this.version = version;
    }

    static OpenApiDocument read(Path file) throws LoadException {
        SourceTree tree = parse(file);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw tree.error(root, "not an OpenAPI document: it holds no mapping with 'openapi' and 'paths'");
        }
        if (root.has("swagger")) {
            throw tree.error(root, "swagger", "this is a Swagger " + root.get("swagger").asText() + " document; "
                    + "Baton reads OpenAPI 3.0 and 3.1 (convert it first, for example with swagger2openapi)");
        }
        if (root.has("info") && root.has("item")) {
            throw tree.error(root, "this is a Postman collection, not an OpenAPI document; use 'baton import postman'");
        }
        JsonNode openapi = root.get("openapi");
        if (openapi == null) {
            throw tree.error(root, "not an OpenAPI document: it has no 'openapi' version");
        }
        String version = openapi.asText();
        if (!version.matches("3\\.[01](\\.\\d+)?(-.*)?")) {
            throw tree.error(root, "openapi", "unknown OpenAPI version '" + version + "': Baton reads 3.0 and 3.1");
        }
        JsonNode paths = root.get("paths");
        if (paths != null && !paths.isObject()) {
            throw tree.error(root, "paths", "paths must be a mapping of paths to operations");
        }
        return new OpenApiDocument(file, tree, version);
    }

    private static SourceTree parse(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        SourceFile noLines = new SourceFile(shown, "");
        try {
            if (!Files.isRegularFile(file)) {
                throw new LoadException(Position.of(shown), null, Files.isDirectory(file)
                        ? "is a folder, not an OpenAPI document" : "cannot read file: no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw noLines.error(noLines.at(0, 0), "file is " + Files.size(file) + " bytes; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().replaceFirst("^\uFEFF", "");
            SourceFile source = new SourceFile(shown, content).hidingSecrets();
            return content.stripLeading().startsWith("{") ? SourceTree.json(source, content)
                    : SourceTree.yaml(source, content);
        } catch (CharacterCodingException e) {
            throw noLines.error(noLines.at(0, 0), "file is not UTF-8 text");
        } catch (IOException e) {
            throw new LoadException(Position.of(shown), null, "cannot read file: " + e.getMessage());
        }
    }

    JsonNode root() {
        return tree.root();
    }

    Path file() {
        return file;
    }

    /** {@code 3.0} or {@code 3.1}. */
    String version() {
        return version.substring(0, 3);
    }

    SourceTree tree() {
        return tree;
    }

    /** The value itself, or what its {@code $ref} (and theirs) point at; a reference to a URL gives the value itself. */
    Located resolve(Located value) throws LoadException {
        Located current = value;
        for (int hops = 0; current.node() != null && current.node().path("$ref").isTextual(); hops++) {
            if (hops == 32) {
                throw error(value, "$ref", "the references starting here go round in a loop");
            }
            Located target = target(current.node().get("$ref").asText(), current);
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    /**
     * The value a reference made in {@code from} points at: a JSON pointer into the same file, or into a file beside
     * it; {@code null} for a URL, which is not fetched.
     *
     * @throws LoadException when the file cannot be read or the pointer finds nothing, pointing at the reference
     */
    Located target(String ref, Located from) throws LoadException {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        if (location.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return null;
        }
        Path target = location.isEmpty() ? from.file()
                : from.file().toAbsolutePath().getParent().resolve(location).normalize();
        SourceTree document = tree(target);
        if (document == null) {
            document = parse(target);
            others.put(target, document);
        }
        if (pointer.contains("%")) {
            pointer = URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        JsonNode node = pointer.isEmpty() ? document.root() : pointer.startsWith("/") ? document.root().at(pointer)
                : MissingNode.getInstance();
        if (node.isMissingNode()) {
            throw error(from, "$ref", "reference '" + ref + "' points at nothing");
        }
        return new Located(node, target);
    }

    /** An error at a key of a value, in whichever file the value is. */
    LoadException error(Located at, String key, String message) {
        SourceTree in = tree(at.file());
        return (in == null ? tree : in).error(at.node(), key, message);
    }

    private SourceTree tree(Path path) {
        return path.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) ? tree : others.get(path);
    }
}
