package dev.baton.template;

import dev.baton.model.Position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The functions a placeholder applies to its value, written {@code <<name | fn>>} or, for those that take an
 * argument, {@code <<name | fn:argument>>}; several in a row apply left to right. In text (a URL, a header, a raw
 * body) each gives text; as the whole value of a {@code json:} member the result keeps its JSON type. The functions
 * are listed in {@link FunctionCatalog} and in docs/collections.md. A function of a secret, or of a secret key,
 * gives a secret, which the lookup is told so that it is masked.
 */
public final class Functions {

    /** The functions there are, in the order the docs list them. */
    public static final List<String> NAMES = FunctionCatalog.names();

    /** The built-in that {@code chars} draws a random string from. */
    static final String RANDOM = "$random";

    private Functions() {
    }

    /** A value and whether it is the JSON text of a typed value (a number, boolean, null, object or array). */
    public record Value(String text, boolean json) {

        /** The JSON value it stands for: typed values parsed, anything else a string. */
        public Object jsonValue() {
            return json ? TypedValues.parse(text) : text;
        }
    }

    /** Fails at {@code at} unless every function is known and written with the argument it takes. */
    static void check(List<String> functions, String variable, Position at) throws TemplateException {
        for (String written : functions) {
            FunctionCall call = FunctionCall.parse(written);
            Optional<TemplateFunction> function = FunctionCatalog.byName(call.name());
            String where = " in <<" + variable + " | " + written + ">>";
            if (function.isEmpty()) {
                throw new TemplateException(at, "unknown function '" + call.name() + "'" + where
                        + Suggestions.didYouMean(call.name(), NAMES).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; use one of " + String.join(", ", NAMES)));
            }
            TemplateFunction.Arity arity = function.get().arity();
            if (arity == TemplateFunction.Arity.NONE && call.argument() != null) {
                throw new TemplateException(at, "'" + call.name() + "' takes no argument" + where);
            }
            if (arity == TemplateFunction.Arity.REQUIRED && (call.argument() == null || call.argument().isEmpty())) {
                throw new TemplateException(at, "'" + call.name() + "' needs an argument, written "
                        + call.name() + ":..." + where);
            }
            if (call.name().equals("chars") && !variable.equals(RANDOM)) {
                throw new TemplateException(at, "'chars' makes a random string; write it on " + RANDOM
                        + ", as <<" + RANDOM + " | " + written + ">>");
            }
            if (call.argument() != null) {
                Optional<String> problem = function.get().problem(call.argument());
                if (problem.isPresent()) {
                    throw new TemplateException(at, problem.get() + where);
                }
            }
        }
    }

    /** The variables the functions' arguments name (the key of {@code hmacSha256:key}). */
    public static List<String> variables(List<String> functions) {
        List<String> names = new ArrayList<>();
        for (String written : functions) {
            FunctionCall call = FunctionCall.parse(written);
            FunctionCatalog.byName(call.name()).ifPresent(f -> names.addAll(f.variables(call.argument())));
        }
        return names;
    }

    /** The value after the functions, as text. */
    static String text(Value value, List<String> functions, String variable, Position at, Template.Lookup lookup)
            throws TemplateException {
        return apply(value, functions, variable, at, lookup).text();
    }

    /** The value after the functions, as a JSON value for a {@code json:} body. */
    public static Object json(Value value, List<String> functions, String variable, Position at,
                              Template.Lookup lookup) throws TemplateException {
        return apply(value, functions, variable, at, lookup).jsonValue();
    }

    private static Value apply(Value value, List<String> functions, String variable, Position at,
                               Template.Lookup lookup) throws TemplateException {
        Value current = value;
        boolean secret = lookup.isSecret(variable);
        TemplateFunction.Scope scope = new TemplateFunction.Scope() {
            @Override
            public String valueOf(String name) throws TemplateException {
                return lookup.valueOf(name, at);
            }

            @Override
            public boolean isSecret(String name) {
                return lookup.isSecret(name);
            }
        };
        for (String written : functions) {
            FunctionCall call = FunctionCall.parse(written);
            TemplateFunction function = FunctionCatalog.byName(call.name())
                    .orElseThrow(() -> new IllegalStateException("unchecked function " + call.name()));
            try {
                current = function.apply(current, call.argument(), scope);
            } catch (TemplateFunction.FunctionException e) {
                throw new TemplateException(at, "<<" + variable + " | " + written + ">>: " + e.getMessage());
            }
            secret |= function.variables(call.argument()).stream().anyMatch(lookup::isSecret);
        }
        if (secret) {
            lookup.secret(current.text());
        }
        return current;
    }
}
