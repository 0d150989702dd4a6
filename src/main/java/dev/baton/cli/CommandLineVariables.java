package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.template.Template;

import java.util.Map;

/** Checks the names given with {@code --var} and {@code --secret}: {@code --var =x} names nothing. */
final class CommandLineVariables {

    private CommandLineVariables() {
    }

    static void check(String option, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (name.isBlank()) {
                throw new InvalidInputException(option + " needs a name before '=': " + option + " NAME=VALUE");
            }
            if (!Template.NAME.matcher(name).matches() || name.startsWith("$")) {
                throw new InvalidInputException(option + " " + name + "=...: '" + name + "' is not a variable "
                        + "name; use letters, digits, '_', '.' and '-', starting with a letter or '_'");
            }
        }
    }
}
