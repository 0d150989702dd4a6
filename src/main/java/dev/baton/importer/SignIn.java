package dev.baton.importer;

import dev.baton.importer.yaml.YamlMap;

import java.util.Locale;

/**
 * What the importers write for a person signing in: the variables an imported {@code oauth: authorize} step fills the
 * sign-in form with, the {@code login:} fields that use them, and the OS environment variable a written environment
 * reads a secret from.
 */
public final class SignIn {

    /** The variable of the user name typed into the sign-in form. */
    public static final String USERNAME = "oauthUsername";
    /** The variable of the password typed into the sign-in form. */
    public static final String PASSWORD = "oauthPassword";

    private SignIn() {
    }

    /** The {@code login:} of an imported authorize step: every field the form has among these is typed in. */
    public static YamlMap login() {
        YamlMap fields = YamlMap.block().put("username", "<<" + USERNAME + ">>").put("email", "<<" + USERNAME + ">>")
                .put("login", "<<" + USERNAME + ">>").put("password", "<<" + PASSWORD + ">>");
        return YamlMap.block().put("fields", fields);
    }

    /** The comment above {@link #login()}. */
    public static String loginComment(String tool) {
        return "The sign-in form Baton fills in place of the person " + tool + " asks: every field that the form has "
                + "among these is typed in (see docs/pkce.md).";
    }

    /** Adds the sign-in variables, read from OS environment variables, to an environment's {@code vars}. */
    public static void addTo(YamlMap envVars, ImportReport report) {
        if (!envVars.containsKey(USERNAME)) {
            envVars.put(USERNAME, YamlMap.flow("env", osName(USERNAME)));
            report.toSet(osName(USERNAME));
        }
        if (!envVars.containsKey(PASSWORD)) {
            envVars.put(PASSWORD, YamlMap.flow("env", osName(PASSWORD)).put("secret", true));
            report.toSet(osName(PASSWORD));
        }
    }

    /** The OS environment variable an environment reads a secret from: {@code clientSecret} gives CLIENT_SECRET. */
    public static String osName(String batonName) {
        String snake = batonName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        return snake.isEmpty() ? "BATON_SECRET" : Character.isDigit(snake.charAt(0)) ? "_" + snake : snake;
    }
}
