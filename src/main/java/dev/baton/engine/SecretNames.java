package dev.baton.engine;

import java.util.Set;
import java.util.regex.Pattern;

/** Names of variables, form fields and JSON members whose values are secret without being marked so. */
final class SecretNames {

    private static final Pattern SECRET_VARIABLE = Pattern.compile(
            "(?i).*(secret|password|passwd|token|verifier|api[_-]?key|credential).*|(?i)(code|state|oauth\\.code|oauth\\.state)");
    /** Names of addresses, such as {@code tokenUrl}: endpoints, not secrets. */
    private static final Pattern ADDRESS = Pattern.compile("(?i).*(url|uri|endpoint|host|path)");
    /** Request parameters and JSON members that carry secrets in OAuth and common APIs. */
    static final Set<String> SECRET_FIELDS = Set.of("client_secret", "code", "code_verifier", "state",
            "password", "refresh_token", "access_token", "id_token", "assertion", "client_assertion", "token");

    private SecretNames() {
    }

    static boolean isSecret(String variable) {
        return SECRET_VARIABLE.matcher(variable).matches() && !ADDRESS.matcher(variable).matches();
    }
}
