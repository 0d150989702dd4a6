package dev.baton.importer.openapi;

import dev.baton.importer.ImportReport;
import dev.baton.importer.SignIn;
import dev.baton.importer.yaml.YamlMap;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The variables of an imported smoke collection: defaults written in its {@code vars} (the server URL, the OAuth 2.0
 * endpoints), secrets that the written environment reads from OS environment variables (never a value: OpenAPI
 * documents hold none), the sign-in of an authorization-code flow, and the ones the user must give.
 */
final class Variables {

    private static final Set<String> RESERVED = Set.of("oauth", "pkce", "sandbox", "env");

    private final YamlMap defaults = YamlMap.block();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final Set<String> toGive = new LinkedHashSet<>();
    private boolean signIn;

    /** A value the collection sets by default and an environment may override. */
    String byDefault(String name, Object value) {
        defaults.put(name, value);
        return ref(name);
    }

    /** A secret the user gives through an OS environment variable. */
    String secret(String name) {
        secrets.add(name);
        return ref(name);
    }

    /** A value the user gives with {@code --var} or in an environment. */
    String given(String name) {
        if (!defaults.containsKey(name) && !secrets.contains(name)) {
            toGive.add(name);
        }
        return ref(name);
    }

    /** Notes that a step signs in with {@link SignIn}'s variables. */
    void signsIn() {
        signIn = true;
    }

    /** A prefix for the variables of a security scheme, such as {@code petstore_auth.}. */
    static String prefix(String scheme) {
        String clean = scheme.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[^A-Za-z_]+", "");
        if (clean.isEmpty() || RESERVED.contains(clean.toLowerCase(Locale.ROOT))) {
            clean = clean + "Scheme";
        }
        return clean + ".";
    }

    YamlMap defaults() {
        return defaults;
    }

    Set<String> toGive() {
        Set<String> left = new LinkedHashSet<>(toGive);
        left.removeAll(defaults.entries().keySet());
        left.removeAll(secrets);
        return left;
    }

    /** The {@code vars} of the written environment, or an empty mapping when it needs none. */
    YamlMap environment(ImportReport report) {
        YamlMap vars = YamlMap.block();
        for (String secret : secrets) {
            vars.put(secret, YamlMap.flow("env", SignIn.osName(secret)).put("secret", true));
            report.toSet(SignIn.osName(secret));
        }
        if (signIn) {
            SignIn.addTo(vars, report);
        }
        return vars;
    }

    private static String ref(String name) {
        return "<<" + name + ">>";
    }
}
