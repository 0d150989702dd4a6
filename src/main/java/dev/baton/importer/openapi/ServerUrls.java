package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL of the first of a list of Server Objects, with its variables ({@code https://{region}.api.test}) as Baton
 * placeholders whose defaults go in the collection's {@code vars}. A URL relative to where the document is served
 * ({@code /v1}) is put after {@code <<origin>>}, which the user gives.
 */
final class ServerUrls {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

    private ServerUrls() {
    }

    /** The first server's URL as a Baton URL, or {@code null} when the list is empty or absent. */
    static String of(JsonNode servers, Variables variables) {
        if (!servers.isArray() || servers.isEmpty() || !servers.get(0).path("url").isTextual()) {
            return null;
        }
        JsonNode server = servers.get(0);
        String url = server.get("url").asText().strip();
        Matcher matcher = VARIABLE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            JsonNode defaultValue = server.path("variables").path(name).get("default");
            String placeholder = defaultValue != null ? variables.byDefault(name, defaultValue.asText())
                    : variables.given(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        matcher.appendTail(out);
        String base = out.toString().replaceAll("/+$", "");
        if (!base.matches("(?i)^(https?://|<<).*")) {
            base = variables.given("origin") + (base.startsWith("/") || base.isEmpty() ? "" : "/") + base;
        }
        return base;
    }
}
