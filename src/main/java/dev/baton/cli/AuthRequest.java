package dev.baton.cli;

import dev.baton.engine.NetworkSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every {@code baton auth} command is asked for: the environment, the {@code --var} values and, for the
 * requests of {@code baton auth login}, the TLS and proxy options of {@code baton run}.
 *
 * @param environment the {@code --env} value: a name in {@code environments/} or a file
 * @param variables   {@code --var} values, which win over the environment's
 * @param debug       whether to print stack traces of failures
 * @param network     {@code --insecure}, {@code --cacert}, {@code --cert}, {@code --proxy}...
 */
public record AuthRequest(String environment, Map<String, String> variables, boolean debug,
                          NetworkSettings network) {

    /** The environment used when none is named, as for {@code baton run}. */
    public static final String DEFAULT_ENVIRONMENT = "local";

    public AuthRequest {
        Objects.requireNonNull(environment, "environment");
        variables = Map.copyOf(new LinkedHashMap<>(variables));
        Objects.requireNonNull(network, "network");
    }

    /** A request with the default TLS and proxy settings. */
    public AuthRequest(String environment, Map<String, String> variables, boolean debug) {
        this(environment, variables, debug, NetworkSettings.DEFAULT);
    }

    /** A request for {@code environment} without {@code --var} values or {@code --debug}. */
    public static AuthRequest of(String environment) {
        return new AuthRequest(environment, Map.of(), false);
    }

    /** The same request with these TLS and proxy settings. */
    public AuthRequest with(NetworkSettings settings) {
        return new AuthRequest(environment, variables, debug, settings);
    }
}
