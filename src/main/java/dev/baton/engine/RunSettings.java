package dev.baton.engine;

import org.junit.platform.engine.ConfigurationParameters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a run is configured, read from JUnit configuration parameters so that the CLI, Maven Surefire and
 * any other launcher configure Baton the same way.
 *
 * @param environment the environment name or file; empty for the default ({@code local} when it exists)
 * @param variables   {@code --var} values
 * @param bail        stop at the first failed step
 * @param timeout     default response timeout
 */
public record RunSettings(Optional<String> environment, Map<String, String> variables, boolean bail,
                          Duration timeout) {

    /** Configuration parameter: environment name or file. */
    public static final String ENVIRONMENT = "baton.env";
    /** Configuration parameter prefix: one variable per key, e.g. {@code baton.var.user}. */
    public static final String VARIABLE_PREFIX = "baton.var.";
    /** Configuration parameter: {@code true} to stop at the first failure. */
    public static final String BAIL = "baton.bail";
    /** Configuration parameter: default response timeout in milliseconds. */
    public static final String TIMEOUT_MILLIS = "baton.timeout.ms";
    /** Configuration parameter: {@code false} to give the engine descriptor no class source. */
    public static final String CLASS_SOURCE = "baton.engine.classSource";
    /** Used when no timeout is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RunSettings {
        variables = Map.copyOf(variables);
    }

    /** Reads the settings from configuration parameters. */
    public static RunSettings from(ConfigurationParameters parameters) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String key : parameters.keySet()) {
            if (key.startsWith(VARIABLE_PREFIX)) {
                parameters.get(key).ifPresent(v -> variables.put(key.substring(VARIABLE_PREFIX.length()), v));
            }
        }
        Duration timeout = parameters.get(TIMEOUT_MILLIS).map(Long::parseLong).map(Duration::ofMillis)
                .orElse(DEFAULT_TIMEOUT);
        return new RunSettings(parameters.get(ENVIRONMENT).filter(s -> !s.isBlank()), variables,
                parameters.getBoolean(BAIL).orElse(false), timeout);
    }
}
