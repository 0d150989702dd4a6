package dev.baton.engine;

import dev.baton.http.RedirectFollowing;
import dev.baton.model.InvalidInputException;
import dev.baton.model.SignInEngine;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a run is configured, read from JUnit configuration parameters so that the CLI, Maven Surefire and
 * any other launcher configure Baton the same way.
 *
 * @param environments the environment names or files, layered in order (a later one wins a variable both set);
 *                    empty for the default ({@code local} when it exists)
 * @param variables   {@code --var} values
 * @param bail        stop at the first failed step
 * @param timeout     default response timeout
 * @param delay       pause between requests
 * @param iterations  how many times to run each collection (ignored with a data file)
 * @param data        a CSV or JSON file: one iteration per row
 * @param jobs        how many collections or iterations run at once
 * @param maxRedirects how many redirects a step that follows them follows at most
 * @param network     TLS and proxy options
 * @param secrets     the names among {@code variables} given as {@code --secret}: masked like every secret
 * @param dataName    the data-file column that names iterations in reports; empty to name them by number only
 * @param browser     who fills the sign-in pages of steps whose {@code login:} does not say ({@code --browser})
 * @param sharding    which part of the suite to run
 */
public record RunSettings(List<String> environments, Map<String, String> variables, boolean bail,
                         Duration timeout, Duration delay, int iterations, Optional<Path> data, int jobs,
                         int maxRedirects, NetworkSettings network, Set<String> secrets, Optional<String> dataName,
                          SignInEngine browser, ShardSelection sharding) {

    /** Configuration parameter: environment names or files, separated by commas, layered in order. */
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
    /** Configuration parameter prefix: one secret variable per key, e.g. {@code baton.secret.apiKey}. */
    public static final String SECRET_PREFIX = "baton.secret.";
    /** Configuration parameter: the data-file column that names iterations. */
    public static final String DATA_NAME = "baton.data.name";
    /** Configuration parameter: {@code html}, {@code headless} or {@code auto}, for steps that do not say. */
    public static final String BROWSER = "baton.browser";
    /** Configuration parameter: how many collections or iterations run at once. */
    public static final String JOBS = "baton.jobs";
    /** Configuration parameter: how many redirects a step follows at most (default 10). */
    public static final String MAX_REDIRECTS = "baton.maxRedirects";
    /** Used when no timeout is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RunSettings {
        environments = List.copyOf(environments);
        variables = Map.copyOf(variables);
        secrets = Set.copyOf(secrets);
    }

    /** The environment that names the run (the last one given), or empty for the default. */
    public Optional<String> environment() {
        return environments.isEmpty() ? Optional.empty() : Optional.of(environments.get(environments.size() - 1));
    }

    /** Settings with defaults for everything but the environment and variables. */
    public static RunSettings of(Optional<String> environment, Map<String, String> variables) {
        return new RunSettings(environment.stream().toList(), variables, false, DEFAULT_TIMEOUT, Duration.ZERO, 1,
                Optional.empty(), 1, RedirectFollowing.DEFAULT_LIMIT, NetworkSettings.DEFAULT, Set.of(), Optional.empty(),
                SignInEngine.HTML, ShardSelection.NONE);
    }

    /** Reads the settings from configuration parameters. */
    public static RunSettings from(ConfigurationParameters parameters) {
        Map<String, String> variables = new LinkedHashMap<>();
        Set<String> secrets = new LinkedHashSet<>();
        for (String key : parameters.keySet()) {
            if (key.startsWith(VARIABLE_PREFIX)) {
                parameters.get(key).ifPresent(v -> variables.put(key.substring(VARIABLE_PREFIX.length()), v));
            } else if (key.startsWith(SECRET_PREFIX)) {
                String name = key.substring(SECRET_PREFIX.length());
                parameters.get(key).ifPresent(v -> variables.put(name, v));
                secrets.add(name);
            }
        }
        List<String> environments = parameters.get(ENVIRONMENT).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new RunSettings(environments, variables,
                parameters.getBoolean(BAIL).orElse(false), millis(parameters, TIMEOUT_MILLIS, DEFAULT_TIMEOUT),
                millis(parameters, DELAY_MILLIS, Duration.ZERO),
                parameters.get(ITERATIONS).map(Integer::parseInt).orElse(1),
                parameters.get(DATA).filter(s -> !s.isBlank()).map(Path::of),
                parameters.get(JOBS).map(Integer::parseInt).orElse(1),
                parameters.get(MAX_REDIRECTS).map(Integer::parseInt).orElse(RedirectFollowing.DEFAULT_LIMIT),
                NetworkSettings.from(parameters), secrets, parameters.get(DATA_NAME).filter(s -> !s.isBlank()),
                browser(parameters.get(BROWSER).orElse(System.getenv().getOrDefault("BATON_BROWSER", ""))),
                ShardSelection.from(parameters));
    }

    /** The settings as configuration parameters, the inverse of {@link #from}. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!environments.isEmpty()) {
            parameters.put(ENVIRONMENT, String.join(",", environments));
        }
        variables.forEach((k, v) -> parameters.put((secrets.contains(k) ? SECRET_PREFIX : VARIABLE_PREFIX) + k, v));
        parameters.put(BAIL, Boolean.toString(bail));
        parameters.put(TIMEOUT_MILLIS, Long.toString(timeout.toMillis()));
        parameters.put(DELAY_MILLIS, Long.toString(delay.toMillis()));
        parameters.put(ITERATIONS, Integer.toString(iterations));
        data.ifPresent(d -> parameters.put(DATA, d.toString()));
        dataName.ifPresent(n -> parameters.put(DATA_NAME, n));
        parameters.put(JOBS, Integer.toString(jobs));
        parameters.put(MAX_REDIRECTS, Integer.toString(maxRedirects));
        parameters.putAll(network.toParameters());
        parameters.put(BROWSER, browser.word());
        parameters.putAll(sharding.toParameters());
        return parameters;
    }

    /**
     * The run's sign-in engine named by {@code --browser}, {@code baton.browser} or {@code BATON_BROWSER}: the HTML
     * driver when empty.
     *
     * @throws InvalidInputException when the word names no engine a run can choose
     */
    public static SignInEngine browser(String word) {
        if (word == null || word.isBlank()) {
            return SignInEngine.HTML;
        }
        return SignInEngine.named(word).filter(e -> e != SignInEngine.PERSON).orElseThrow(() ->
                new InvalidInputException("--browser (or BATON_BROWSER) must be html, headless or auto, not '"
                        + word.strip() + "'"));
    }

    private static Duration millis(ConfigurationParameters parameters, String key, Duration fallback) {
        return parameters.get(key).map(Long::parseLong).map(Duration::ofMillis).orElse(fallback);
    }
}
