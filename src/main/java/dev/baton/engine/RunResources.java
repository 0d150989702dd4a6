package dev.baton.engine;

import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Environment;
import dev.baton.sandbox.OAuthSandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What all collections of a run share: the environment, and the embedded sandbox when the environment asks
 * for it (started once, stopped at the end).
 */
final class RunResources implements AutoCloseable {

    /** The environment used when none is named, if it exists. */
    static final String DEFAULT_ENVIRONMENT = "local";
    /** The variable holding the sandbox's base URL. */
    static final String SANDBOX_URL = "sandbox.url";

    private final Environment environment;
    private final OAuthSandbox sandbox;

    private RunResources(Environment environment, OAuthSandbox sandbox) {
        this.environment = environment;
        this.sandbox = sandbox;
    }

    static RunResources open(RunSettings settings, List<Path> collections) throws LoadException {
        return open(environment(settings, collections, new EnvironmentLoader()), true);
    }

    /** The resources of an environment: with its sandbox started when it asks for one and {@code startSandbox}. */
    static RunResources open(Environment environment, boolean startSandbox) {
        return new RunResources(environment, environment.sandbox() && startSandbox
                ? OAuthSandbox.withSwitches(environment.sandboxSwitches()) : null);
    }

    /** The base URL of the sandbox this run started, if it started one. */
    Optional<String> sandboxUrl() {
        return Optional.ofNullable(sandbox).map(OAuthSandbox::baseUrl);
    }

    /**
     * The environment a run uses: the named ones layered in order (a later one wins a variable both set), else
     * {@code local} when it exists, else none.
     */
    static Environment environment(RunSettings settings, List<Path> collections, EnvironmentLoader loader)
            throws LoadException {
        if (!settings.environments().isEmpty()) {
            List<Environment> layers = new java.util.ArrayList<>();
            for (String name : settings.environments()) {
                layers.add(loader.load(loader.locate(name, collections)));
            }
            return Environment.layered(layers);
        }
        var local = loader.besideCollections(DEFAULT_ENVIRONMENT, collections);
        if (local.isPresent()) {
            return loader.load(local.get());
        }
        return Environment.none();
    }

    Environment environment() {
        return environment;
    }

    /** Variables the run itself provides, such as the sandbox URL. */
    Map<String, String> provided() {
        return sandbox == null ? Map.of() : Map.of(SANDBOX_URL, sandbox.baseUrl());
    }

    /** The names of {@link #provided()} for an environment, before the run has started anything. */
    static java.util.Set<String> providedNames(Environment environment) {
        return environment.sandbox() ? java.util.Set.of(SANDBOX_URL) : java.util.Set.of();
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
