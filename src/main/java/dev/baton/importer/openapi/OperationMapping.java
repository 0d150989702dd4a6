package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.ImportReport;
import dev.baton.importer.ImportedFile;
import dev.baton.importer.PendingSyntax;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.importer.yaml.YamlValues;
import dev.baton.json.Jackson;
import dev.baton.load.LoadException;
import dev.baton.secret.SecretNames;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation as a step: its path with the path parameters filled, the required query, header and cookie parameters
 * (and the optional ones that have an example), a body of the first media type Baton can send, and the expectations of
 * its documented success response: the status, the {@code Content-Type}, and the response schema as a JSON Schema file
 * beside the collection. Values are the document's examples, else made from the schemas ({@link SampleValues}).
 */
final class OperationMapping {

    /** Headers OpenAPI says a parameter may not set (OpenAPI 3.1 section 4.8.12.1). */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    /** An operation of the document: {@code get} of {@code /pets/{petId}}, with its path item. */
    record Operation(String method, String path, OpenApiDocument.Located pathItem, OpenApiDocument.Located node) {

        /** {@code GET /pets/{petId}}. */
        String shown() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /** A step, the number of expectations it has, and the schema file it reads, if any. */
    record Mapped(YamlMap step, YamlMap request, int assertions, ImportedFile schema) {
    }

    private final OpenApiDocument document;
    private final SampleValues samples;
    private final Variables variables;
    private final ImportReport report;

    OperationMapping(OpenApiDocument document, Variables variables, ImportReport report) {
        this.document = document;
        this.samples = new SampleValues(document);
        this.variables = variables;
        this.report = report;
    }

    /** The step of an operation; {@code schemaPath} is where its response schema is written, if it has one. */
    Mapped map(Operation operation, String name, String baseUrl, String schemaPath) throws LoadException {
        String item = name + " (" + operation.shown() + ")";
        YamlMap request = YamlMap.block();
        if (!operation.method().equals("get")) {
            request.put("method", operation.method().toUpperCase(Locale.ROOT));
        }
        request.put("url", baseUrl + operation.path());
        String path = operation.path();
        for (Map.Entry<String, OpenApiDocument.Located> entry : parameters(operation).entrySet()) {
            OpenApiDocument.Located parameter = entry.getValue();
            JsonNode node = parameter.node();
            String in = node.path("in").asText();
            String parameterName = node.path("name").asText();
            boolean wanted = in.equals("path") || node.path("required").asBoolean(false) || hasExample(parameter);
            if (!wanted || in.equals("header") && IGNORED_HEADERS.contains(parameterName.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Object value = SecretNames.isSecret(parameterName)
                    ? variables.secret(parameterName.replaceAll("[^A-Za-z0-9_.-]+", "_"))
                    : YamlValues.of(samples.of(parameter));
            switch (in) {
                case "path" -> path = path.replace("{" + parameterName + "}", pathSegment(value));
                case "query" -> query(request.child("query"), parameterName, node, value);
                case "header" -> request.child("headers").put(parameterName, text(value));
                case "cookie" -> {
                    YamlMap headers = request.child("headers");
                    Object cookie = headers.get("Cookie");
                    headers.put("Cookie", (cookie == null ? "" : cookie + "; ") + parameterName + "=" + text(value));
                }
                default -> report.leftOut(item, "parameter '" + parameterName + "'", "'in: " + in + "' is not "
                        + "path, query, header or cookie");
            }
        }
        for (String unfilled : new TreeSet<>(placeholders(path))) {
            path = path.replace("{" + unfilled + "}", variables.given(unfilled));
        }
        request.put("url", baseUrl + path);
        body(operation, request, item);
        YamlMap expect = YamlMap.block();
        ImportedFile schema = expectations(operation, request, expect, item, schemaPath);
        YamlMap step = YamlMap.block().put("name", name);
        JsonNode tags = operation.node().node().path("tags");
        if (tags.isArray() && !tags.isEmpty()) {
            List<String> list = new ArrayList<>();
            tags.forEach(t -> list.add(dev.baton.importer.Slugs.of(t.asText(), "tag")));
            step.put("tags", list);
        }
        step.put("request", request);
        step.putUnlessEmpty("expect", expect);
        List<String> comment = new ArrayList<>(List.of(operation.shown() + operationId(operation)));
        if (operation.node().node().path("deprecated").asBoolean(false)) {
            comment.add("The document marks this operation deprecated.");
        }
        step.comment("name", comment);
        if (operation.node().node().path("callbacks").size() > 0) {
            report.leftOut(item, "the callbacks", "they are requests the API sends, not operations to call");
        }
        return new Mapped(step, request, count(expect), schema);
    }

    /** The path item's parameters, then the operation's, which replace those of the same name and place. */
    private Map<String, OpenApiDocument.Located> parameters(Operation operation) throws LoadException {
        Map<String, OpenApiDocument.Located> byKey = new LinkedHashMap<>();
        for (OpenApiDocument.Located owner : List.of(operation.pathItem(), operation.node())) {
            JsonNode list = owner.node().get("parameters");
            if (list == null) {
                continue;
            }
            if (!list.isArray()) {
                throw document.error(owner, "parameters", "parameters must be a list");
            }
            for (JsonNode parameter : list) {
                OpenApiDocument.Located resolved = document.resolve(new OpenApiDocument.Located(parameter,
                        owner.file()));
                JsonNode node = resolved.node();
                if (!node.path("name").isTextual() || !node.path("in").isTextual()) {
                    throw document.error(owner, "parameters", "a parameter needs a 'name' and an 'in'");
                }
                byKey.put(node.get("in").asText() + " " + node.get("name").asText(), resolved);
            }
        }
        return byKey;
    }

    private static boolean hasExample(OpenApiDocument.Located parameter) {
        JsonNode node = parameter.node();
        return node.has("example") || node.path("examples").size() > 0 || node.path("schema").has("example")
                || node.path("schema").has("examples");
    }

    /** A query parameter as OpenAPI's default style (form, exploded) or as it says. */
    private static void query(YamlMap query, String name, JsonNode parameter, Object value) {
        boolean explode = parameter.path("explode").asBoolean(!parameter.has("style")
                || parameter.path("style").asText().equals("form"));
        String style = parameter.path("style").asText("form");
        if (value instanceof YamlMap object) {
            for (var entry : object.entries().entrySet()) {
                String key = style.equals("deepObject") ? name + "[" + entry.getKey() + "]" : entry.getKey();
                if (explode || style.equals("deepObject")) {
                    query.put(key, text(entry.getValue()));
                }
            }
            if (!explode && !style.equals("deepObject")) {
                query.put(name, text(value));
            }
            return;
        }
        if (value instanceof List<?> list && !explode) {
            String separator = style.equals("spaceDelimited") ? " " : style.equals("pipeDelimited") ? "|" : ",";
            query.put(name, String.join(separator, list.stream().map(OperationMapping::text).toList()));
            return;
        }
        query.put(name, value instanceof List<?> ? value : value == YamlValues.NULL ? "" : value);
    }

    /** A value as OpenAPI's simple style writes it: arrays and objects as comma-separated lists. */
    private static String text(Object value) {
        if (value instanceof YamlMap map) {
            List<String> parts = new ArrayList<>();
            map.entries().forEach((k, v) -> {
                parts.add(k);
                parts.add(text(v));
            });
            return String.join(",", parts);
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(OperationMapping::text).toList());
        }
        return value == YamlValues.NULL ? "" : String.valueOf(value);
    }

    private static String pathSegment(Object value) {
        String text = text(value);
        return text.startsWith("<<") ? text : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2C", ",");
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^{}/]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The request body, of the first media type Baton can send: JSON, a form, multipart, then text. */
    private void body(Operation operation, YamlMap request, String item) throws LoadException {
        JsonNode given = operation.node().node().get("requestBody");
        if (given == null) {
            return;
        }
        OpenApiDocument.Located body = document.resolve(new OpenApiDocument.Located(given,
                operation.node().file()));
        JsonNode content = body.node().path("content");
        String type = pick(content, List.of("application/json", "+json", "application/x-www-form-urlencoded",
                "multipart/form-data", "text/", "application/xml", "+xml"));
        if (type == null) {
            if (content.size() > 0) {
                report.leftOut(item, "the request body", "Baton sends no " + String.join(", ", names(content))
                        + " body made from a schema");
            }
            return;
        }
        OpenApiDocument.Located media = new OpenApiDocument.Located(content.get(type), body.file());
        JsonNode sample = samples.of(media);
        String bare = type.toLowerCase(Locale.ROOT);
        if (bare.equals("application/json") || bare.endsWith("+json")) {
            if (sample.isContainerNode()) {
                request.put("json", YamlValues.of(sample));
                if (!bare.equals("application/json")) {
                    request.child("headers").put("Content-Type", type);
                }
            } else {
                request.put("body", sample.isTextual() ? sample.asText() : sample.toString());
                request.put("contentType", type);
            }
        } else if (bare.equals("application/x-www-form-urlencoded")) {
            YamlMap form = YamlMap.block();
            sample.fields().forEachRemaining(e -> form.put(e.getKey(), e.getValue().isValueNode()
                    ? e.getValue().asText() : e.getValue().toString()));
            request.put("form", form);
        } else if (bare.equals("multipart/form-data")) {
            multipart(media, sample, request, item);
        } else if (sample.isTextual()) {
            request.put("body", sample.asText());
            request.put("contentType", type);
        } else {
            report.leftOut(item, "the " + type + " request body", "the document gives no example of it as text, "
                    + "and Baton makes none from a schema");
        }
    }

    private void multipart(OpenApiDocument.Located media, JsonNode sample, YamlMap request, String item)
            throws LoadException {
        if (!PendingSyntax.MULTIPART) {
            report.leftOut(item, "the multipart/form-data request body", PendingSyntax.NOT_WRITTEN_MULTIPART);
            return;
        }
        JsonNode properties = document.resolve(new OpenApiDocument.Located(media.node().path("schema"),
                media.file())).node().path("properties");
        YamlMap parts = YamlMap.block();
        for (Iterator<Map.Entry<String, JsonNode>> fields = sample.fields(); fields.hasNext(); ) {
            var field = fields.next();
            JsonNode property = document.resolve(new OpenApiDocument.Located(properties.path(field.getKey()),
                    media.file())).node();
            String format = property == null ? "" : property.path("format").asText("");
            if (format.equals("binary") || property != null && property.has("contentMediaType")) {
                report.leftOut(item, "the file part '" + field.getKey() + "'", "the document names no file to send; "
                        + "add {file: PATH} to the multipart body");
                continue;
            }
            parts.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText()
                    : field.getValue().toString());
        }
        if (!parts.isEmpty()) {
            request.put("multipart", parts);
        }
    }

    /** The expectations of the documented success response; returns the schema file they read, if any. */
    private ImportedFile expectations(Operation operation, YamlMap request, YamlMap expect, String item,
                                      String schemaPath) throws LoadException {
        JsonNode responses = operation.node().node().path("responses");
        String status = successStatus(responses);
        if (status == null) {
            report.leftOut(item, "the status expectation", "the document gives no 2xx or 3xx response"
                    + (responses.has("default") ? ", only 'default'" : ""));
            return null;
        }
        if (status.matches("\\d{3}")) {
            expect.put("status", Integer.parseInt(status));
        } else {
            int hundred = status.charAt(0) - '0';
            expect.put("status", YamlMap.flow("ge", hundred * 100).put("le", hundred * 100 + 99));
        }
        OpenApiDocument.Located response = document.resolve(new OpenApiDocument.Located(responses.get(status),
                operation.node().file()));
        JsonNode content = response.node().path("content");
        String type = pick(content, List.of("application/json", "+json"));
        if (type == null) {
            type = content.size() == 1 ? content.fieldNames().next() : null;
        }
        if (type == null || type.contains("*")) {
            return null;
        }
        request.child("headers").put("Accept", type);
        YamlMap headers = YamlMap.block().put("Content-Type", YamlMap.flow("startsWith", type));
        expect.put("headers", headers);
        JsonNode schema = content.get(type).get("schema");
        boolean json = type.equalsIgnoreCase("application/json") || type.toLowerCase(Locale.ROOT).endsWith("+json");
        if (schema == null || !json || schemaPath == null) {
            return null;
        }
        if (!PendingSyntax.JSON_SCHEMA) {
            report.leftOut(item, "the response schema", "not written");
            return null;
        }
        var converted = JsonSchemas.of(document, new OpenApiDocument.Located(schema, response.file()));
        expect.put("jsonSchema", schemaPath);
        try {
            return new ImportedFile(schemaPath, ImportedFile.Kind.DATA,
                    Jackson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(converted) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON Schema of " + operation.shown(), e);
        }
    }

    /** The lowest 2xx status, else a 2XX range, else the lowest 3xx; {@code null} when there is none. */
    static String successStatus(JsonNode responses) {
        for (String family : List.of("2", "3")) {
            TreeSet<String> codes = new TreeSet<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith(family) && code.matches("\\d{3}")) {
                    codes.add(code);
                }
            });
            if (!codes.isEmpty()) {
                return codes.first();
            }
            for (String range : List.of(family + "XX", family + "xx")) {
                if (responses.has(range)) {
                    return range;
                }
            }
        }
        return null;
    }

    /** The first media type of {@code content} that matches a preference in order (a type, or a suffix). */
    private static String pick(JsonNode content, List<String> preferences) {
        for (String preference : preferences) {
            for (String type : names(content)) {
                String bare = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
                boolean matches = preference.startsWith("+") ? bare.endsWith(preference)
                        : preference.endsWith("/") ? bare.startsWith(preference) : bare.equals(preference);
                if (matches) {
                    return type;
                }
            }
        }
        return null;
    }

    private static List<String> names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String operationId(Operation operation) {
        JsonNode id = operation.node().node().get("operationId");
        return id != null && id.isTextual() ? " (operationId " + id.asText() + ")" : "";
    }

    private static int count(YamlMap expect) {
        int count = expect.containsKey("status") ? 1 : 0;
        count += expect.get("headers") instanceof YamlMap headers ? headers.entries().size() : 0;
        return count + (expect.containsKey("jsonSchema") ? 1 : 0);
    }
}
