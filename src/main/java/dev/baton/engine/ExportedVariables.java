package dev.baton.engine;

import dev.baton.model.Position;
import dev.baton.results.ExportedValue;
import dev.baton.secret.OutputBoundary;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables of an iteration at its end, resolved, for {@code --export-env}. */
final class ExportedVariables {

    private ExportedVariables() {
    }

    /**
     * Every variable that has a value; one that cannot be resolved is left out. A value is secret when its variable
     * is, or when it holds a secret the run has seen (a token captured under an ordinary name).
     */
    static Map<String, ExportedValue> of(Variables variables, OutputBoundary output) {
        Map<String, ExportedValue> values = new LinkedHashMap<>();
        for (String name : variables.names()) {
            variables.binding(name).filter(b -> b.problem() == null).ifPresent(binding -> {
                try {
                    String value = variables.valueOf(name, Position.of("export"));
                    values.put(name, new ExportedValue(value, binding.secret() || output.revealsSecret(value)));
                } catch (TemplateException unresolvable) {
                    values.remove(name);
                }
            });
        }
        return values;
    }
}
