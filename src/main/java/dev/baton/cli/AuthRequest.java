package dev.baton.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every {@code baton auth} command is asked for: the environment and the {@code --var} values.
 *
 * @param environment the {@code --env} value: a name in {@code environments/} or a file
 * @param variables   {@code --var} values, which win over the environment's
 * @param debug       whether to print stack traces of failures
 */
public record AuthRequest(String environment, Map<String, String> variables, boolean debug) {

    /** The environment used when none is named, as for {@code baton run}. */
    public static final String DEFAULT_ENVIRONMENT = "local";

    public AuthRequest {
        Objects.requireNonNull(environment, "environment");
        variables = Map.copyOf(new LinkedHashMap<>(variables));
    }

    /** A request for {@code environment} without {@code --var} values or {@code --debug}. */
    public static AuthRequest of(String environment) {
        return new AuthRequest(environment, Map.of(), false);
    }
}
