package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secrets known before the run that are too short to be masked ({@link Redactor#MIN_LENGTH}): each is a warning,
 * since it may show in the output.
 */
final class ShortSecrets {

    private ShortSecrets() {
    }

    static List<String> warnings(List<Collection> collections, Environment environment, RunSettings settings,
                                 List<Iteration> iterations) {
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
        for (Iteration iteration : iterations) {
            for (Map.Entry<String, String> field : iteration.data().entrySet()) {
                if (SecretNames.isSecret(field.getKey())) {
                    check(field.getKey(), field.getValue(), "--data row " + iteration.index(), warnings);
                }
            }
        }
        return List.copyOf(warnings);
    }

    private static void check(String name, String value, String where, Set<String> warnings) {
        if (!value.isEmpty() && value.length() < Redactor.MIN_LENGTH) {
            warnings.add("warning: secret '" + name + "' is " + value.length() + " character"
                    + (value.length() == 1 ? "" : "s") + " long; values shorter than " + Redactor.MIN_LENGTH
                    + " characters are not masked, so it may show in the output (" + where + ")");
        }
    }
}
