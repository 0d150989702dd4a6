package dev.baton.engine;

import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Environment;
import dev.baton.model.Position;
import dev.baton.template.Binding;
import dev.baton.template.Layer;
import dev.baton.template.Variables;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An environment opened for a command outside a run ({@code baton auth}) by the path a run takes: the file found and
 * read as {@code --env} is for a run, the sandbox started as a run starts it, the variables layered as a run's
 * (the environment, {@code <<sandbox.url>>}, {@code --var} winning). Close it to stop the sandbox.
 */
public final class EnvironmentScope implements AutoCloseable {

    private final RunResources resources;
    private final RunSettings settings;

    private EnvironmentScope(RunResources resources, RunSettings settings) {
        this.resources = resources;
        this.settings = settings;
    }

    /**
     * Opens the environment {@code settings} names.
     *
     * @param startSandbox whether to start the embedded sandbox when the environment asks for one
     * @throws LoadException         when the environment is unknown or does not load
     * @throws IllegalStateException when the sandbox cannot start
     */
    public static EnvironmentScope open(RunSettings settings, EnvironmentLoader loader, boolean startSandbox)
            throws LoadException {
        Environment environment = RunResources.environment(settings, List.of(), loader);
        return new EnvironmentScope(RunResources.open(environment, startSandbox), settings);
    }

    /** The environment. */
    public Environment environment() {
        return resources.environment();
    }

    /** The sandbox's base URL, when this scope started one. */
    public Optional<String> sandboxUrl() {
        return resources.sandboxUrl();
    }

    /**
     * The variables, each secret told to {@code secrets} as it is known; a sandbox the scope did not start is a
     * variable without a value, saying {@code withoutSandbox}.
     */
    public Variables variables(Consumer<String> secrets, String withoutSandbox) {
        Variables variables = RunVariables.ofEnvironment(resources, settings, secrets);
        if (sandboxUrl().isEmpty()) {
            for (String name : RunResources.providedNames(environment())) {
                variables.define(Layer.ENVIRONMENT, name, Binding.missing(withoutSandbox, false,
                        Position.of("<baton>")));
            }
        }
        return variables;
    }

    @Override
    public void close() {
        resources.close();
    }
}
