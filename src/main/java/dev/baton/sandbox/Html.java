package dev.baton.sandbox;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Markup that is already safe; and the one way to fill a template: every {@code {{name}}} gets its value
 * HTML-escaped, unless the value is itself {@code Html}.
 */
record Html(String markup) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    static final Html EMPTY = new Html("");

    static Html render(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("No value for template placeholder " + name);
            }
            Object value = values.get(name);
            String text = value instanceof Html html ? html.markup() : Entities.escape(String.valueOf(value));
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(out);
        return new Html(out.toString());
    }
}
