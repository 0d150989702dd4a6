package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Secrets known before the run that masking cannot serve well, each a warning: too short to be masked
 * ({@link Redactor#MIN_LENGTH}), since it may show in the output; or a short plain word ({@code test}), since every
 * occurrence of that word in bodies, names and messages is masked with it.
 */
final class ShortSecrets {

    /** Letters only, from the masking minimum to eight: a word that ordinary text holds too. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}{" + Redactor.MIN_LENGTH + ",8}");

    private ShortSecrets() {
    }

    static List<String> warnings(List<Collection> collections, Environment environment, RunSettings settings,
                                 Iterator<Iteration> iterations) {
        Set<String> warnings = new LinkedHashSet<>();
        for (EnvironmentVariable v : environment.variables()) {
            if ((v.secret() || SecretNames.isSecret(v.name())) && v.problem() == null && !v.templated()
                    && v.value() != null) {
                check(v.name(), v.value().raw(), v.value().position().toString(), warnings);
            }
        }
        for (Collection collection : collections) {
            collection.vars().forEach((name, value) -> {
                if (SecretNames.isSecret(name) && !value.raw().contains("<<")) {
                    check(name, value.raw(), value.position().toString(), warnings);
                }
            });
        }
        settings.variables().forEach((name, value) -> {
            boolean given = settings.secrets().contains(name);
            if (given || SecretNames.isSecret(name)) {
                check(name, value, (given ? "--secret " : "--var ") + name, warnings);
            }
        });
        while (iterations.hasNext()) {
            Iteration iteration = iterations.next();
            for (Map.Entry<String, String> field : iteration.data().entrySet()) {
                if (SecretNames.isSecret(field.getKey())) {
                    check(field.getKey(), field.getValue(), "--data row " + iteration.index(), warnings);
                }
            }
        }
        return List.copyOf(warnings);
    }

    private static void check(String name, String value, String where, Set<String> warnings) {
        if (PLAIN_WORD.matcher(value).matches()) {
            warnings.add("warning: secret '" + name + "' is a plain word of " + value.length() + " letters: wherever"
                    + " that word stands in the output it is masked, in bodies, names and messages too; a longer,"
                    + " random value masks only itself (" + where + ")");
        }
        if (!value.isEmpty() && value.length() < Redactor.MIN_LENGTH) {
            warnings.add("warning: secret '" + name + "' is " + value.length() + " character"
                    + (value.length() == 1 ? "" : "s") + " long; values shorter than " + Redactor.MIN_LENGTH
                    + " characters are not masked, so it may show in the output (" + where + ")");
        }
    }
}
