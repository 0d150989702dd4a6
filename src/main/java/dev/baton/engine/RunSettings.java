package dev.baton.engine;

import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a run is configured, read from JUnit configuration parameters so that the CLI, Maven Surefire and
 * any other launcher configure Baton the same way.
 *
 * @param environment the environment name or file; empty for the default ({@code local} when it exists)
 * @param variables   {@code --var} values
 * @param bail        stop at the first failed step
 * @param timeout     default response timeout
 * @param delay       pause between requests
 * @param iterations  how many times to run each collection (ignored with a data file)
 * @param data        a CSV or JSON file: one iteration per row
 * @param steps       run only the steps with these names (all when empty)
 * @param tags        run only the steps with one of these tags (all when empty)
 * @param jobs        how many collections or iterations run at once
 * @param network     TLS and proxy options
 * @param secrets     the names among {@code variables} given as {@code --secret}: masked like every secret
 * @param dataName    the data-file column that names iterations in reports; empty to name them by number only
 */
public record RunSettings(Optional<String> environment, Map<String, String> variables, boolean bail,
                         Duration timeout, Duration delay, int iterations, Optional<Path> data, Set<String> steps,
                         Set<String> tags, int jobs, NetworkSettings network, Set<String> secrets,
                         Optional<String> dataName) {

    /** Configuration parameter: environment name or file. */
    public static final String ENVIRONMENT = "baton.env";
    /** Configuration parameter prefix: one variable per key, e.g. {@code baton.var.user}. */
    public static final String VARIABLE_PREFIX = "baton.var.";
    /** Configuration parameter: {@code true} to stop at the first failure. */
    public static final String BAIL = "baton.bail";
    /** Configuration parameter: default response timeout in milliseconds. */
    public static final String TIMEOUT_MILLIS = "baton.timeout.ms";
    /** Configuration parameter: pause between requests in milliseconds. */
    public static final String DELAY_MILLIS = "baton.delay.ms";
    /** Configuration parameter: how many iterations. */
    public static final String ITERATIONS = "baton.iterations";
    /** Configuration parameter: a CSV or JSON data file, one iteration per row. */
    public static final String DATA = "baton.data";
    /** Configuration parameter prefix: names of the steps to run, e.g. {@code baton.step.0}. */
    public static final String STEP_PREFIX = "baton.step.";
    /** Configuration parameter: comma-separated tags; only steps with one of them run. */
    public static final String TAGS = "baton.tags";
    /** Configuration parameter prefix: one secret variable per key, e.g. {@code baton.secret.apiKey}. */
    public static final String SECRET_PREFIX = "baton.secret.";
    /** Configuration parameter: the data-file column that names iterations. */
    public static final String DATA_NAME = "baton.data.name";
    /** Configuration parameter: how many collections or iterations run at once. */
    public static final String JOBS = "baton.jobs";
    /** Used when no timeout is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RunSettings {
        variables = Map.copyOf(variables);
        secrets = Set.copyOf(secrets);
        steps = Set.copyOf(steps);
        tags = Set.copyOf(tags);
    }

    /** Settings with defaults for everything but the environment and variables. */
    public static RunSettings of(Optional<String> environment, Map<String, String> variables) {
        return new RunSettings(environment, variables, false, DEFAULT_TIMEOUT, Duration.ZERO, 1, Optional.empty(),
                Set.of(), Set.of(), 1, NetworkSettings.DEFAULT, Set.of(), Optional.empty());
    }

    /** Reads the settings from configuration parameters. */
    public static RunSettings from(ConfigurationParameters parameters) {
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, String> steps = new TreeMap<>();
        Set<String> secrets = new LinkedHashSet<>();
        for (String key : parameters.keySet()) {
            if (key.startsWith(VARIABLE_PREFIX)) {
                parameters.get(key).ifPresent(v -> variables.put(key.substring(VARIABLE_PREFIX.length()), v));
            } else if (key.startsWith(SECRET_PREFIX)) {
                String name = key.substring(SECRET_PREFIX.length());
                parameters.get(key).ifPresent(v -> variables.put(name, v));
                secrets.add(name);
            } else if (key.startsWith(STEP_PREFIX)) {
                parameters.get(key).ifPresent(v -> steps.put(key, v));
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        parameters.get(TAGS).ifPresent(t -> Arrays.stream(t.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).forEach(tags::add));
        return new RunSettings(parameters.get(ENVIRONMENT).filter(s -> !s.isBlank()), variables,
                parameters.getBoolean(BAIL).orElse(false), millis(parameters, TIMEOUT_MILLIS, DEFAULT_TIMEOUT),
                millis(parameters, DELAY_MILLIS, Duration.ZERO),
                parameters.get(ITERATIONS).map(Integer::parseInt).orElse(1),
                parameters.get(DATA).filter(s -> !s.isBlank()).map(Path::of), new LinkedHashSet<>(steps.values()),
                tags, parameters.get(JOBS).map(Integer::parseInt).orElse(1), NetworkSettings.from(parameters), secrets,
                parameters.get(DATA_NAME).filter(s -> !s.isBlank()));
    }

    /** The settings as configuration parameters, the inverse of {@link #from}. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        environment.ifPresent(e -> parameters.put(ENVIRONMENT, e));
        variables.forEach((k, v) -> parameters.put((secrets.contains(k) ? SECRET_PREFIX : VARIABLE_PREFIX) + k, v));
        parameters.put(BAIL, Boolean.toString(bail));
        parameters.put(TIMEOUT_MILLIS, Long.toString(timeout.toMillis()));
        parameters.put(DELAY_MILLIS, Long.toString(delay.toMillis()));
        parameters.put(ITERATIONS, Integer.toString(iterations));
        data.ifPresent(d -> parameters.put(DATA, d.toString()));
        dataName.ifPresent(n -> parameters.put(DATA_NAME, n));
        int i = 0;
        for (String step : steps) {
            parameters.put(STEP_PREFIX + String.format("%05d", i++), step);
        }
        if (!tags.isEmpty()) {
            parameters.put(TAGS, String.join(",", tags));
        }
        parameters.put(JOBS, Integer.toString(jobs));
        parameters.putAll(network.toParameters());
        return parameters;
    }

    private static Duration millis(ConfigurationParameters parameters, String key, Duration fallback) {
        return parameters.get(key).map(Long::parseLong).map(Duration::ofMillis).orElse(fallback);
    }
}
