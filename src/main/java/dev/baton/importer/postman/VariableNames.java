package dev.baton.importer.postman;

import dev.baton.template.Template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Postman variable names as Baton variable names. Postman allows any text between {@code {{ }}}; Baton names are
 * letters, digits, {@code _ . - $}. A name that is not one becomes one ({@code base url} becomes {@code base_url}),
 * and two Postman names never become the same Baton name. Also makes names for values the importer pulls out of the
 * collection, such as a literal bearer token.
 */
final class VariableNames {

    private final Map<String, String> byPostmanName = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();

    /** The Baton name of a Postman variable, the same every time it is asked for. */
    String of(String postmanName) {
        String known = byPostmanName.get(postmanName);
        if (known != null) {
            return known;
        }
        String name = unique(clean(postmanName));
        byPostmanName.put(postmanName, name);
        if (!name.equals(postmanName)) {
            renamed.put(postmanName, name);
        }
        return name;
    }

    /** A new name, not used by any Postman variable, made from a suggestion such as {@code X-Api-Key}. */
    String fresh(String suggestion) {
        return unique(camel(suggestion));
    }

    /** Postman names that had to change, with their Baton names. */
    Map<String, String> renamed() {
        return Map.copyOf(renamed);
    }


    private String unique(String name) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + "_" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    private static String clean(String name) {
        String trimmed = name.strip();
        if (Template.NAME.matcher(trimmed).matches() && !trimmed.startsWith("$")) {
            return trimmed;
        }
        String cleaned = trimmed.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }

    private static String camel(String suggestion) {
        String[] words = suggestion.strip().split("[^A-Za-z0-9]+");
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0 ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        String made = name.toString();
        return made.isEmpty() || !Character.isLetter(made.charAt(0)) ? "value" + made : made;
    }

    /** The names in use, for tests. */
    Set<String> all() {
        return new HashSet<>(taken);
    }
}
