package dev.baton.engine;

import dev.baton.model.Position;
import dev.baton.results.RunObserver.ExportedValue;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables of an iteration at its end, resolved, for {@code --export-env}. */
final class ExportedVariables {

    private ExportedVariables() {
    }

    /** Every variable that has a value; one that cannot be resolved is left out. */
    static Map<String, ExportedValue> of(Variables variables) {
        Map<String, ExportedValue> values = new LinkedHashMap<>();
        for (String name : variables.names()) {
            variables.binding(name).filter(b -> b.problem() == null).ifPresent(binding -> {
                try {
                    values.put(name, new ExportedValue(variables.valueOf(name, Position.of("export")),
                            binding.secret()));
                } catch (TemplateException unresolvable) {
                    values.remove(name);
                }
            });
        }
        return values;
    }
}
