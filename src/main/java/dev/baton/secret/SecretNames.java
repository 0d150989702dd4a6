package dev.baton.secret;

import java.util.Set;
import java.util.regex.Pattern;

/** Names of variables, form fields and JSON members whose values are secret without being marked so. */
public final class SecretNames {

    private static final Pattern SECRET_VARIABLE = Pattern.compile(
            "(?i).*(secret|password|passwd|token|verifier|api[_-]?key|credential).*|(?i)(code|state|oauth\\.code|oauth\\.state)");
    /** Names of addresses, such as {@code tokenUrl}: endpoints, not secrets. */
    private static final Pattern ADDRESS = Pattern.compile("(?i).*(url|uri|endpoint|host|path)");
    /** Request parameters and JSON members that carry secrets in OAuth and common APIs. */
    public static final Set<String> SECRET_FIELDS = Set.of("client_secret", "code", "code_verifier", "state",
            "password", "refresh_token", "access_token", "id_token", "assertion", "client_assertion", "token");

    private SecretNames() {
    }

    /** Whether a variable of this name holds a secret: {@code clientSecret}, {@code accessToken}, not {@code tokenUrl}. */
    public static boolean isSecret(String variable) {
        return SECRET_VARIABLE.matcher(variable).matches() && !ADDRESS.matcher(variable).matches();
    }
}
