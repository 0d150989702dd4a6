package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.secret.SecretNames;
import dev.baton.template.Binding;
import dev.baton.template.Layer;
import dev.baton.template.Variables;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the variables an iteration starts with, layer by layer: for the run, and the same for the check before it,
 * where what only the run knows (the sandbox's URL, a data row's values) is pending.
 */
final class RunVariables {

    private final Map<String, Text> collectionVars;
    private final Environment environment;
    private final RunSettings settings;
    private final boolean beforeRun;

    private RunVariables(Map<String, Text> collectionVars, Environment environment, RunSettings settings,
                         boolean beforeRun) {
        this.collectionVars = collectionVars;
        this.environment = environment;
        this.settings = settings;
        this.beforeRun = beforeRun;
    }

    /** The variables of an iteration of the run, each secret told to {@code secrets} as it is known. */
    static Variables create(Collection collection, RunResources resources, RunSettings settings,
                            Iteration iteration, Consumer<String> secrets) {
        return new RunVariables(collection.vars(), resources.environment(), settings, false)
                .build(resources.provided(), iteration, secrets);
    }

    /** The variables the run's first iteration will start with, for the check before the run. */
    static Variables beforeRun(Collection collection, Environment environment, RunSettings settings,
                               Iteration iteration) {
        Map<String, String> provided = new java.util.LinkedHashMap<>();
        RunResources.providedNames(environment).forEach(name -> provided.put(name, ""));
        return new RunVariables(collection.vars(), environment, settings, true).build(provided, iteration, secret -> {
        });
    }

    /** The variables of an environment alone, for a command outside a run: the environment, what it starts, --var. */
    static Variables ofEnvironment(RunResources resources, RunSettings settings, Consumer<String> secrets) {
        return new RunVariables(Map.of(), resources.environment(), settings, false)
                .build(resources.provided(), Iteration.SINGLE, secrets);
    }

    private Variables build(Map<String, String> provided, Iteration iteration, Consumer<String> secrets) {
        Variables variables = new Variables(secrets);
        collectionVars.forEach((name, value) -> variables.define(Layer.COLLECTION, name,
                Binding.written(value, SecretNames.isSecret(name))));
        for (EnvironmentVariable v : environment.variables()) {
            variables.define(Layer.ENVIRONMENT, v.name(), Binding.of(v, v.secret() || SecretNames.isSecret(v.name())));
        }
        provided.forEach((name, value) -> variables.define(Layer.ENVIRONMENT, name,
                ofTheRun(Binding.literal(value, false, Position.of("<baton>")))));
        iteration.data().forEach((name, value) -> {
            Position origin = Position.of("--data " + name);
            variables.define(Layer.DATA, name, ofTheRun(iteration.typed().contains(name)
                    ? Binding.typed(value, SecretNames.isSecret(name), origin)
                    : Binding.literal(value, SecretNames.isSecret(name), origin)));
        });
        settings.variables().forEach((name, value) -> variables.define(Layer.COMMAND_LINE, name,
                Binding.literal(value, SecretNames.isSecret(name) || settings.secrets().contains(name),
                        Position.of((settings.secrets().contains(name) ? "--secret " : "--var ") + name))));
        return variables;
    }

    /** A value of the run itself: pending before the run. */
    private Binding ofTheRun(Binding atRunTime) {
        return beforeRun ? Binding.pending(atRunTime.value().position()) : atRunTime;
    }
}
