package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's URL as Postman sends it: from the structured parts ({@code protocol}, {@code host}, {@code port},
 * {@code path}, {@code query}) when they are there, else from the {@code raw} text; path variables ({@code :id})
 * filled from {@code variable}; disabled query parameters left out; the fragment dropped, as it is never sent.
 *
 * @param base  the URL without its query, Postman text
 * @param query the enabled query parameters in order, Postman text; {@code null} values for a name without {@code =}
 */
record PostmanUrl(String base, List<Map.Entry<String, String>> query) {

    /** Reads the {@code url} of a request: a string or an object. */
    static PostmanUrl of(JsonNode url) {
        if (url == null || url.isNull()) {
            return new PostmanUrl("", List.of());
        }
        if (url.isTextual()) {
            return parse(url.asText(), Map.of());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode variable : array(url.get("variable"))) {
            if (!disabled(variable) && variable.hasNonNull("key")) {
                variables.put(variable.get("key").asText(), text(variable.get("value")));
            }
        }
        if (!url.has("host")) {
            PostmanUrl raw = parse(text(url.get("raw")), variables);
            return url.has("query") ? new PostmanUrl(raw.base(), query(url.get("query"))) : raw;
        }
        StringBuilder base = new StringBuilder();
        String protocol = text(url.get("protocol"));
        if (!protocol.isEmpty()) {
            base.append(protocol.replaceFirst(":?(//)?$", "")).append("://");
        }
        base.append(joined(url.get("host"), "."));
        String port = text(url.get("port"));
        if (!port.isEmpty()) {
            base.append(':').append(port);
        }
        String path = joined(url.get("path"), "/");
        if (!path.isEmpty()) {
            base.append(path.startsWith("/") ? "" : "/").append(path);
        }
        return new PostmanUrl(fillPath(base.toString(), variables), query(url.get("query")));
    }

    /** A raw URL: {@code {{baseUrl}}/users/:id?active=true#top}. */
    static PostmanUrl parse(String raw, Map<String, String> variables) {
        String text = raw.strip();
        int hash = indexOutsidePlaceholders(text, '#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int question = indexOutsidePlaceholders(text, '?');
        String base = question < 0 ? text : text.substring(0, question);
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (question >= 0) {
            for (String pair : text.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                query.add(equals < 0 ? new java.util.AbstractMap.SimpleEntry<>(pair, null)
                        : new java.util.AbstractMap.SimpleEntry<>(pair.substring(0, equals), pair.substring(equals + 1)));
            }
        }
        return new PostmanUrl(fillPath(base, variables), query);
    }

    /** Whether the URL has a scheme Baton does not send: {@code ftp://}, {@code ws://}. */
    Optional<String> otherScheme() {
        var m = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://").matcher(base);
        if (m.find() && !m.group(1).equalsIgnoreCase("http") && !m.group(1).equalsIgnoreCase("https")) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** Whether the URL starts with a scheme or a placeholder that may hold one. */
    boolean hasScheme() {
        return base.matches("(?i)^https?://.*") || base.startsWith("{{");
    }

    private static List<Map.Entry<String, String>> query(JsonNode query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (JsonNode parameter : array(query)) {
            if (disabled(parameter) || !parameter.hasNonNull("key")) {
                continue;
            }
            JsonNode value = parameter.get("value");
            pairs.add(new java.util.AbstractMap.SimpleEntry<>(parameter.get("key").asText(),
                    value == null || value.isNull() ? null : value.asText()));
        }
        return pairs;
    }

    /** Replaces {@code :name} path segments by their values, leaving unknown ones as written (as Postman does). */
    private static String fillPath(String base, Map<String, String> variables) {
        if (variables.isEmpty()) {
            return base;
        }
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile("/:([A-Za-z0-9_.-]+)").matcher(base);
        int last = 0;
        while (m.find()) {
            out.append(base, last, m.start());
            String value = variables.get(m.group(1));
            out.append(value == null ? m.group() : "/" + value);
            last = m.end();
        }
        return out.append(base.substring(last)).toString();
    }

    private static int indexOutsidePlaceholders(String text, char wanted) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (text.startsWith("}}", i) && depth > 0) {
                depth--;
                i++;
            } else if (text.charAt(i) == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String joined(JsonNode parts, String separator) {
        if (parts == null || parts.isNull()) {
            return "";
        }
        if (parts.isTextual()) {
            return parts.asText();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : parts) {
            texts.add(part.isObject() ? text(part.get("value")) : part.asText());
        }
        return String.join(separator, texts);
    }

    static Iterable<JsonNode> array(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    static boolean disabled(JsonNode node) {
        return node.path("disabled").asBoolean(false) || node.has("enabled") && !node.path("enabled").asBoolean(true);
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }
}
