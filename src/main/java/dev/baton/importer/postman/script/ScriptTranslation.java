package dev.baton.importer.postman.script;

import java.util.List;
import java.util.Map;

/**
 * What a Postman script became.
 *
 * @param checks       the expectations, in script order
 * @param grabs        the captures, in script order
 * @param untranslated the lines kept as comments, in order
 * @param tests        each Postman test by name, and whether every statement in it was translated
 * @param problem      why the script could not be read at all (a syntax error), else {@code null}
 */
public record ScriptTranslation(List<Check> checks, List<Grab> grabs, List<ScriptLine> untranslated,
                                Map<String, Boolean> tests, String problem) {

    public ScriptTranslation {
        checks = List.copyOf(checks);
        grabs = List.copyOf(grabs);
        untranslated = List.copyOf(untranslated);
        tests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tests));
    }

    /** A translation of nothing. */
    public static final ScriptTranslation EMPTY = new ScriptTranslation(List.of(), List.of(), List.of(), Map.of(),
            null);
}
