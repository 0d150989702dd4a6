package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.Position;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.Binding;
import dev.baton.template.Layer;
import dev.baton.template.Variables;


/** Builds the variables of one iteration, layer by layer. */
final class RunVariables {

    private RunVariables() {
    }

    static Variables create(Collection collection, RunResources resources, RunSettings settings,
                            Iteration iteration, Redactor redactor) {
        Variables variables = new Variables(redactor::add);
        collection.vars().forEach((name, value) -> variables.define(Layer.COLLECTION, name,
                Binding.written(value, SecretNames.isSecret(name))));
        for (EnvironmentVariable v : resources.environment().variables()) {
            variables.define(Layer.ENVIRONMENT, v.name(), Binding.of(v, v.secret() || SecretNames.isSecret(v.name())));
        }
        resources.provided().forEach((name, value) -> variables.define(Layer.ENVIRONMENT, name,
                Binding.literal(value, false, Position.of("<baton>"))));
        iteration.data().forEach((name, value) -> variables.define(Layer.DATA, name, iteration.typed().contains(name)
                ? Binding.typed(value, SecretNames.isSecret(name), Position.of("--data " + name))
                : Binding.literal(value, SecretNames.isSecret(name), Position.of("--data " + name))));
        settings.variables().forEach((name, value) -> variables.define(Layer.COMMAND_LINE, name,
                Binding.literal(value, SecretNames.isSecret(name) || settings.secrets().contains(name),
                        Position.of((settings.secrets().contains(name) ? "--secret " : "--var ") + name))));
        return variables;
    }
}
