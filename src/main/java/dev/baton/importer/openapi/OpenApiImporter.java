package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.ImportReport;
import dev.baton.importer.ImportedFile;
import dev.baton.importer.Slugs;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.importer.yaml.YamlWriter;
import dev.baton.load.LoadException;
import dev.baton.model.DisplayPath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code baton import openapi}: a smoke collection for an OpenAPI 3.0 or 3.1 document, one step per operation in the
 * document's order, with the document's first server as {@code baseUrl} and its security schemes as credentials
 * ({@link SecuritySchemes}). Nothing is written here: the caller writes the files, after checking them with Baton's
 * loader.
 */
public final class OpenApiImporter {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /**
     * What the import made.
     *
     * @param files  the collection, the JSON Schemas it reads and the environment (the report is not among them)
     * @param report what carried over and what did not
     * @param toGive the variables the user must give
     */
    public record Result(List<ImportedFile> files, ImportReport report, Set<String> toGive) {
    }

    private final OpenApiDocument document;
    private final ImportReport report;
    private final Variables variables = new Variables();

    private OpenApiImporter(OpenApiDocument document, ImportReport report) {
        this.document = document;
        this.report = report;
    }

    /** Reads the document and maps it; a file that is not an OpenAPI 3.0 or 3.1 document is a load error. */
    public static Result read(Path file) throws LoadException {
        OpenApiDocument document = OpenApiDocument.read(file);
        String title = document.root().path("info").path("title").asText("").strip();
        ImportReport report = new ImportReport("OpenAPI " + document.root().get("openapi").asText() + " document"
                + (title.isEmpty() ? "" : " '" + title + "'") + " (" + DisplayPath.of(file) + ")").withoutScripts();
        return new OpenApiImporter(document, report).map(title.isEmpty() ? "API" : title);
    }

    private Result map(String title) throws LoadException {
        JsonNode root = document.root();
        List<OperationMapping.Operation> operations = operations();
        if (operations.isEmpty()) {
            throw document.tree().error(root, root.has("paths") ? "paths" : "openapi", "the document has no "
                    + "operations under 'paths'" + (root.has("webhooks") ? " (webhooks are requests the API sends, "
                    + "not operations to call)" : ""));
        }
        if (root.path("webhooks").size() > 0) {
            report.leftOut("", "the webhooks", "they are requests the API sends, not operations to call");
        }
        String serverUrl = ServerUrls.of(root.path("servers"), variables);
        String baseUrl = serverUrl == null ? variables.given("baseUrl") : variables.byDefault("baseUrl", serverUrl);
        SecuritySchemes security = new SecuritySchemes(document, variables, report, serverUrl);
        for (OperationMapping.Operation operation : operations) {
            security.noteScopes(requirements(operation).node());
        }
        OperationMapping mapping = new OperationMapping(document, variables, report);
        List<YamlMap> steps = new ArrayList<>();
        List<ImportedFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> schemaFiles = new HashSet<>();
        int assertions = 0;
        int captures = 0;
        for (OperationMapping.Operation operation : operations) {
            String name = unique(stepName(operation), names);
            String schemaPath = "schemas/" + unique(Slugs.of(name, "response"), schemaFiles) + ".json";
            String operationServer = ServerUrls.of(operation.node().node().path("servers"), variables);
            if (operationServer == null) {
                operationServer = ServerUrls.of(operation.pathItem().node().path("servers"), variables);
            }
            OperationMapping.Mapped mapped = mapping.map(operation, name, operationServer != null ? operationServer
                    : baseUrl, schemaPath);
            for (YamlMap before : security.apply(requirements(operation), mapped.request(),
                    name + " (" + operation.shown() + ")")) {
                before.put("name", unique((String) before.get("name"), names));
                steps.add(before);
                assertions += before.get("expect") instanceof YamlMap expect ? expect.entries().size() : 0;
                captures += before.get("capture") instanceof YamlMap capture ? capture.entries().size() : 0;
            }
            steps.add(mapped.step());
            assertions += mapped.assertions();
            if (mapped.schema() != null) {
                files.add(mapped.schema());
            }
        }
        YamlMap collection = YamlMap.block().put("name", title);
        String description = root.path("info").path("description").asText("").strip();
        collection.put("description", "Smoke test of every operation of " + title + " " + root.path("info")
                .path("version").asText("") + (description.isEmpty() ? "" : "\n\n" + description));
        collection.putUnlessEmpty("vars", variables.defaults());
        collection.put("auth", security.collectionAuth());
        collection.put("steps", steps);
        String file = Slugs.of(title, "openapi") + ".yaml";
        files.add(0, new ImportedFile(file, ImportedFile.Kind.COLLECTION, YamlWriter.write(List.of("Imported from "
                + "an OpenAPI " + document.version() + " document by baton import; what did not carry over is listed "
                + "in import-report.md."), collection)));
        report.written(file, "collection", title, steps.size());
        files.stream().filter(f -> f.kind() == ImportedFile.Kind.DATA).forEach(f -> report.written(f.path(),
                "JSON Schema", "a response schema", 0));
        report.assertions(assertions);
        report.captures(captures);
        YamlMap environment = variables.environment(report);
        if (!environment.isEmpty()) {
            String path = "environments/local.yaml";
            files.add(ImportedFile.environment(path, "The credentials of " + title + ", read from OS environment "
                    + "variables (Baton uses 'local' when no --env is given)", environment));
            report.written(path, "environment", "local", 0);
        }
        variables.toGive().forEach(report::undefined);
        return new Result(files, report, variables.toGive());
    }

    private List<OperationMapping.Operation> operations() throws LoadException {
        List<OperationMapping.Operation> operations = new ArrayList<>();
        JsonNode paths = document.root().path("paths");
        for (var entries = paths.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().isObject()) {
                throw document.tree().error(paths, entry.getKey(), "a path item must be a mapping of operations");
            }
            OpenApiDocument.Located item = document.resolve(new OpenApiDocument.Located(entry.getValue(),
                    document.file()));
            for (String method : METHODS) {
                JsonNode operation = item.node().get(method);
                if (operation == null) {
                    continue;
                }
                if (!operation.isObject()) {
                    throw document.error(item, method, "an operation must be a mapping");
                }
                if (method.equals("trace")) {
                    report.leftOut("TRACE " + entry.getKey(), "the operation", "Baton sends no TRACE requests");
                    continue;
                }
                operations.add(new OperationMapping.Operation(method, entry.getKey(), item,
                        new OpenApiDocument.Located(operation, item.file())));
            }
        }
        return operations;
    }

    /** The operation's security requirements, else the document's. */
    private OpenApiDocument.Located requirements(OperationMapping.Operation operation) throws LoadException {
        boolean own = operation.node().node().has("security");
        OpenApiDocument.Located owner = own ? operation.node() : new OpenApiDocument.Located(document.root(),
                document.file());
        JsonNode requirements = owner.node().get("security");
        boolean list = requirements == null || requirements.isArray();
        for (JsonNode requirement : list && requirements != null ? requirements : List.<JsonNode>of()) {
            list &= requirement.isObject();
        }
        if (!list) {
            throw document.error(owner, "security", "security must be a list of requirements, such as "
                    + "[{api_key: []}]");
        }
        return new OpenApiDocument.Located(requirements, owner.file());
    }

    private static String stepName(OperationMapping.Operation operation) {
        JsonNode node = operation.node().node();
        for (String key : List.of("summary", "operationId")) {
            String text = node.path(key).asText("").strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                return text;
            }
        }
        return operation.shown();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
