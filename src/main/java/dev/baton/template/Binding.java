package dev.baton.template;

import dev.baton.model.EnvironmentVariable;
import dev.baton.model.Position;
import dev.baton.model.Text;

/**
 * The value of a variable in one layer.
 *
 * @param value     the value; placeholders in it are resolved when {@code templated}
 * @param templated whether the value may hold placeholders (file values) or is taken as is (captured values)
 * @param secret    whether the value must be masked wherever Baton writes
 * @param problem   why the value is missing (an unset OS environment variable), or {@code null}
 * @param json      whether the value is the JSON text of a typed value (a JSON capture's number, object...), which
 *                  a {@code json:} body inserts with its type
 * @param pending   whether the value is known only once the run gets there (a capture, a data row, the sandbox's URL):
 *                  the check before a run knows the name, not the value
 */
public record Binding(Text value, boolean templated, boolean secret, String problem, boolean json, boolean pending) {

    public Binding(Text value, boolean templated, boolean secret, String problem) {
        this(value, templated, secret, problem, false, false);
    }

    /** A variable the run will set, for the check before it: defined, its value not known yet. */
    public static Binding pending(Position origin) {
        return new Binding(new Text("", origin), false, false, null, false, true);
    }

    /** A value taken as is that is the JSON text of a typed value. */
    public static Binding typed(String json, boolean secret, Position origin) {
        return new Binding(new Text(json, origin), false, secret, null, true, false);
    }

    /** A value written in a file, which may use other variables. */
    public static Binding written(Text value, boolean secret) {
        return new Binding(value, true, secret, null);
    }

    /** A value taken as is. */
    public static Binding literal(String value, boolean secret, Position origin) {
        return new Binding(new Text(value, origin), false, secret, null);
    }

    /** The binding of an environment file's variable: written, taken as is (from the OS), or missing. */
    public static Binding of(EnvironmentVariable variable, boolean secret) {
        if (variable.problem() != null) {
            return missing(variable.problem(), secret, variable.value() == null ? Position.of("env")
                    : variable.value().position());
        }
        return variable.templated() ? written(variable.value(), secret)
                : literal(variable.value().raw(), secret, variable.value().position());
    }

    /** A variable that is declared but has no value, with the reason. */
    public static Binding missing(String problem, boolean secret, Position declaredAt) {
        return new Binding(new Text("", declaredAt), false, secret, problem);
    }
}
