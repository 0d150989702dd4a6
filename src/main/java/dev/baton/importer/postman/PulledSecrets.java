package dev.baton.importer.postman;

import dev.baton.importer.SignIn;
import dev.baton.secret.SecretNames;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Secret values written into the collection itself (a literal bearer token, a client secret, a password under a
 * secret-looking name) taken out of it: each becomes a variable that the written environments read from an OS
 * environment variable, so that no secret is written to disk. The values are kept in memory only, to be masked in
 * everything the import prints.
 */
final class PulledSecrets {

    private final VariableNames names;
    private final Map<String, String> variableByValue = new LinkedHashMap<>();
    private final Map<String, String> osNames = new LinkedHashMap<>();
    private final Set<String> values = new LinkedHashSet<>();

    PulledSecrets(VariableNames names) {
        this.names = names;
    }

    /**
     * The Baton text for a value that is secret: a reference to a variable when the Postman text has placeholders
     * (it is then converted as usual), else a new variable that holds the literal.
     *
     * @param suggestion what the new variable is named after, such as {@code clientSecret}
     */
    String secret(String postman, String suggestion, PostmanText text) {
        if (postman == null || postman.isEmpty() || PostmanText.hasPlaceholder(postman)) {
            return text.convert(postman);
        }
        String variable = variableByValue.computeIfAbsent(postman, v -> names.fresh(suggestion));
        osNames.putIfAbsent(variable, SignIn.osName(variable));
        values.add(postman);
        text.use(variable);
        return "<<" + variable + ">>";
    }

    /** As {@link #secret}, but only when {@code name} looks secret; otherwise the text as usual. */
    String ifSecretNamed(String name, String postman, PostmanText text) {
        return SecretNames.isSecret(name) ? secret(postman, name, text) : text.convert(postman);
    }

    /** Declares a secret variable that an environment reads from the OS (a secret collection variable, a password). */
    void declare(String variable, String value) {
        osNames.putIfAbsent(variable, SignIn.osName(variable));
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }

    /** The variables to read from the OS environment, with the OS variable of each. */
    Map<String, String> osNames() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(osNames));
    }

    /** Every secret value met, for masking. */
    Set<String> values() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
