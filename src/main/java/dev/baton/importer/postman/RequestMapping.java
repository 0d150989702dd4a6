package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.PendingSyntax;
import dev.baton.importer.yaml.YamlMap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Postman request as Baton's {@code request:}: method, URL and query, headers, body and credentials. What Baton
 * cannot send as Postman would is left out and logged; a request that cannot be sent at all gives nothing.
 */
final class RequestMapping {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Map<String, String> RAW_TYPES = Map.of("json", "application/json", "xml",
            "application/xml", "html", "text/html", "javascript", "application/javascript", "text", "text/plain");

    private final PostmanText text;
    private final PulledSecrets secrets;

    RequestMapping(PostmanText text, PulledSecrets secrets) {
        this.text = text;
        this.secrets = secrets;
    }

    /** The {@code request:} of an item, or empty (with the reason logged) when Baton cannot send it. */
    Optional<YamlMap> request(JsonNode request, ItemLog log) {
        JsonNode spec = request.isTextual() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("url", request.asText()) : request;
        String method = PostmanUrl.text(spec.get("method")).strip().toUpperCase(Locale.ROOT);
        if (method.isEmpty()) {
            method = "GET";
        }
        if (!METHODS.contains(method)) {
            log.leftOut("the request", "Baton sends " + String.join(", ", METHODS.stream().sorted().toList())
                    + ", not " + method);
            return Optional.empty();
        }
        PostmanUrl url = PostmanUrl.of(spec.get("url"));
        if (url.base().isBlank()) {
            log.leftOut("the request", "it has no URL");
            return Optional.empty();
        }
        if (url.otherScheme().isPresent()) {
            log.leftOut("the request", "its URL is " + url.otherScheme().get() + "://, and Baton sends http:// and "
                    + "https:// requests");
            return Optional.empty();
        }
        String base = url.base();
        if (!url.hasScheme()) {
            base = "http://" + base;
            log.note("URLs without a scheme got http://, as Postman sends them");
        }
        YamlMap out = YamlMap.block();
        if (!method.equals("GET")) {
            out.put("method", method);
        }
        boolean rawQuery = url.query().stream().anyMatch(p -> p.getValue() == null || p.getKey().contains("%")
                || p.getValue().contains("%") || p.getKey().contains("+") || p.getValue().contains("+"));
        if (rawQuery && !url.query().isEmpty()) {
            StringBuilder full = new StringBuilder(base).append('?');
            for (int i = 0; i < url.query().size(); i++) {
                var pair = url.query().get(i);
                full.append(i == 0 ? "" : "&").append(pair.getKey()).append(pair.getValue() == null ? ""
                        : "=" + pair.getValue());
            }
            out.put("url", text.convert(full.toString()));
        } else {
            out.put("url", text.convert(base));
            YamlMap query = YamlMap.block();
            url.query().forEach(p -> query.add(text.convert(p.getKey()), secrets.ifSecretNamed(p.getKey(),
                    p.getValue(), text)));
            out.putUnlessEmpty("query", query);
        }
        YamlMap headers = headers(spec.get("header"), log);
        out.put("headers", headers);
        body(spec.get("body"), headers, out, log);
        if (headers.isEmpty()) {
            out.remove("headers");
        }
        return Optional.of(out);
    }

    /** Adds the credentials of a basic, bearer or API key auth; false (with the reason logged) for other types. */
    boolean credentials(PostmanAuth auth, YamlMap request, ItemLog log) {
        switch (auth.type()) {
            case "noauth" -> {
                return true;
            }
            case "basic" -> {
                request.put("basicAuth", YamlMap.flow("username", text.convert(auth.text("username")))
                        .put("password", secrets.secret(auth.text("password"), "password", text)));
                return true;
            }
            case "bearer" -> {
                request.put("bearer", secrets.secret(auth.text("token"), "bearerToken", text));
                return true;
            }
            case "apikey" -> {
                String key = auth.text("key", "api-key");
                String value = secrets.secret(auth.text("value"), key.matches(".*[Kk]ey.*") ? key : key + "Key", text);
                String name = text.convert(key);
                if (auth.text("in", "header").equals("query")) {
                    YamlMap query = request.get("query") instanceof YamlMap q ? q : YamlMap.block();
                    query.add(name, value);
                    request.put("query", query);
                } else {
                    headerMap(request).add(name, value);
                }
                return true;
            }
            case "digest" -> {
                log.leftOut("digest authentication (" + auth.where() + ")", PendingSyntax.DIGEST
                        ? "not written yet" : "the importer does not write digestAuth yet");
                return false;
            }
            default -> {
                log.leftOut(auth.type() + " authentication (" + auth.where() + ")", "Baton has no " + auth.type()
                        + " authentication");
                return false;
            }
        }
    }

    /** The request's headers mapping, made when there is none yet (it is written after the body). */
    static YamlMap headerMap(YamlMap request) {
        if (request.get("headers") instanceof YamlMap headers) {
            return headers;
        }
        YamlMap headers = YamlMap.block();
        request.put("headers", headers);
        return headers;
    }

    private YamlMap headers(JsonNode header, ItemLog log) {
        YamlMap headers = YamlMap.block();
        if (header != null && header.isTextual()) {
            for (String line : header.asText().split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.strip().startsWith("//")) {
                    header(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), headers, log);
                }
            }
            return headers;
        }
        for (JsonNode entry : PostmanUrl.array(header)) {
            if (!PostmanUrl.disabled(entry) && entry.hasNonNull("key")) {
                header(entry.get("key").asText(), PostmanUrl.text(entry.get("value")), headers, log);
            }
        }
        return headers;
    }

    private void header(String name, String value, YamlMap headers, ItemLog log) {
        String bare = PostmanText.PLACEHOLDER.matcher(name).replaceAll("x");
        if (!TOKEN.matcher(bare).matches()) {
            log.leftOut("header '" + name + "'", "a header name is a token: no spaces, colons or quotes");
            return;
        }
        headers.add(text.convert(name), secrets.ifSecretNamed(name, value, text));
    }

    private void body(JsonNode body, YamlMap headers, YamlMap out, ItemLog log) {
        if (body == null || body.isNull() || body.path("disabled").asBoolean(false)) {
            return;
        }
        String mode = PostmanUrl.text(body.get("mode"));
        switch (mode) {
            case "raw" -> raw(body, headers, out);
            case "urlencoded" -> {
                YamlMap form = YamlMap.block();
                for (JsonNode field : PostmanUrl.array(body.get("urlencoded"))) {
                    if (!PostmanUrl.disabled(field) && field.hasNonNull("key")) {
                        String key = field.get("key").asText();
                        form.add(text.convert(key), secrets.ifSecretNamed(key, PostmanUrl.text(field.get("value")),
                                text));
                    }
                }
                if (!form.isEmpty()) {
                    takeHeader(headers, "Content-Type");
                    out.put("form", form);
                }
            }
            case "formdata" -> formData(body, headers, out, log);
            case "file" -> file(body, headers, out, log);
            case "graphql" -> graphql(body, headers, out);
            case "" -> {
            }
            default -> log.leftOut("the body", "Postman body mode '" + mode + "' is unknown to Baton");
        }
    }

    private void raw(JsonNode body, YamlMap headers, YamlMap out) {
        String raw = PostmanUrl.text(body.get("raw"));
        if (raw.isEmpty()) {
            return;
        }
        String language = body.path("options").path("raw").path("language").asText("text");
        String type = takeHeader(headers, "Content-Type");
        out.put("body", text.convert(raw));
        out.put("contentType", type != null ? type : text.convert(RAW_TYPES.getOrDefault(language, "text/plain")));
    }

    private void formData(JsonNode body, YamlMap headers, YamlMap out, ItemLog log) {
        YamlMap parts = YamlMap.block();
        for (JsonNode part : PostmanUrl.array(body.get("formdata"))) {
            if (PostmanUrl.disabled(part) || !part.hasNonNull("key")) {
                continue;
            }
            String key = part.get("key").asText();
            if (PostmanUrl.text(part.get("type")).equals("file")) {
                JsonNode src = part.get("src");
                String file = src != null && src.isArray() ? (src.isEmpty() ? "" : PostmanUrl.text(src.get(0)))
                        : PostmanUrl.text(src);
                if (src != null && src.isArray() && src.size() > 1) {
                    log.leftOut("files 2 to " + src.size() + " of form part '" + key + "'", "a part takes one file");
                }
                YamlMap filePart = YamlMap.flow("file", file.isEmpty() ? null : text.convert(file));
                filePart.put("contentType", part.hasNonNull("contentType")
                        ? text.convert(part.get("contentType").asText()) : null);
                if (file.isEmpty()) {
                    log.leftOut("form part '" + key + "'", "it names no file");
                    continue;
                }
                parts.add(text.convert(key), filePart);
            } else if (part.hasNonNull("contentType")) {
                parts.add(text.convert(key), YamlMap.flow("value", secrets.ifSecretNamed(key,
                        PostmanUrl.text(part.get("value")), text)).put("contentType",
                        text.convert(part.get("contentType").asText())));
            } else {
                parts.add(text.convert(key), secrets.ifSecretNamed(key, PostmanUrl.text(part.get("value")), text));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        if (!PendingSyntax.MULTIPART) {
            log.leftOut("the multipart/form-data body (" + parts.entries().size() + " parts)",
                    PendingSyntax.NOT_WRITTEN_MULTIPART);
            return;
        }
        takeHeader(headers, "Content-Type");
        out.put("multipart", parts);
    }

    private void file(JsonNode body, YamlMap headers, YamlMap out, ItemLog log) {
        JsonNode file = body.path("file");
        if (file.hasNonNull("content")) {
            String type = takeHeader(headers, "Content-Type");
            out.put("body", text.convert(file.get("content").asText()));
            out.put("contentType", type != null ? type : "application/octet-stream");
            return;
        }
        String src = PostmanUrl.text(file.get("src"));
        if (src.isEmpty()) {
            log.leftOut("the file body", "it names no file");
            return;
        }
        if (!PendingSyntax.FILE_BODY) {
            log.leftOut("the body read from " + src, PendingSyntax.NOT_WRITTEN_FILE);
            return;
        }
        out.put("body", YamlMap.flow("file", text.convert(src)));
    }

    /** GraphQL as Postman sends it: a JSON POST of {@code query} and {@code variables}. */
    private void graphql(JsonNode body, YamlMap headers, YamlMap out) {
        JsonNode graphql = body.path("graphql");
        String query = PostmanUrl.text(graphql.get("query"));
        String variables = PostmanUrl.text(graphql.get("variables")).strip();
        StringBuilder json = new StringBuilder("{\"query\":").append(jsonString(query));
        if (!variables.isEmpty()) {
            json.append(",\"variables\":").append(variables);
        }
        json.append('}');
        String type = takeHeader(headers, "Content-Type");
        out.put("body", text.convert(json.toString()));
        out.put("contentType", type != null ? type : "application/json");
    }

    private static String jsonString(String value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string does not write as JSON", e);
        }
    }

    /** Removes a header (any case) and returns its (converted) value, or {@code null}. */
    private static String takeHeader(YamlMap headers, String name) {
        for (String key : headers.entries().keySet()) {
            if (key.equalsIgnoreCase(name)) {
                Object value = headers.remove(key);
                return value instanceof java.util.List<?> list ? String.valueOf(list.get(list.size() - 1))
                        : String.valueOf(value);
            }
        }
        return null;
    }
}
