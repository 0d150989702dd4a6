package dev.baton.template;

import dev.baton.model.Position;
import dev.baton.model.Text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The variables of one collection run, in layers of rising precedence, and the resolution of
 * {@code <<name>>} placeholders against them.
 */
public final class Variables {

    /** How deep variables may refer to variables that refer to variables. */
    public static final int MAX_DEPTH = 64;

    private final Map<Layer, Map<String, Binding>> layers = new EnumMap<>(Layer.class);
    private final Consumer<String> secretSink;

    /**
     * @param secretSink told every secret value as soon as it is resolved, so that it can be masked
     */
    public Variables(Consumer<String> secretSink) {
        this.secretSink = secretSink;
        for (Layer layer : Layer.values()) {
            layers.put(layer, new LinkedHashMap<>());
        }
    }

    /** Sets a variable in a layer. */
    public void define(Layer layer, String name, Binding binding) {
        layers.get(layer).put(name, binding);
        if (binding.secret() && !binding.templated() && binding.problem() == null) {
            secretSink.accept(binding.value().raw());
        }
    }

    /** Sets a run-time value taken as is. */
    public void capture(String name, String value, boolean secret) {
        capture(name, value, secret, false);
    }

    /** Sets a run-time value taken as is; {@code json} when it is the JSON text of a typed value. */
    public void capture(String name, String value, boolean secret, boolean json) {
        define(Layer.RUN, name, json ? Binding.typed(value, secret, Position.of("<run>"))
                : Binding.literal(value, secret, Position.of("<run>")));
    }

    /** The resolved value of a variable with whether it has a JSON type, as if written {@code <<name | fn>>}. */
    public Functions.Value typedValueOf(String name, Position usedAt) throws TemplateException {
        String text = valueOf(name, usedAt);
        boolean json = Builtins.valueOf(name).isEmpty() && binding(name).map(Binding::json).orElse(false);
        return new Functions.Value(text, json);
    }

    /** The binding that wins for this name, if any. */
    public Optional<Binding> binding(String name) {
        for (Layer layer : new Layer[]{Layer.COMMAND_LINE, Layer.RUN, Layer.DATA, Layer.ENVIRONMENT, Layer.COLLECTION}) {
            Binding binding = layers.get(layer).get(name);
            if (binding != null) {
                return Optional.of(binding);
            }
        }
        return Optional.empty();
    }

    /** Whether a name has a value or is a built-in. */
    public boolean isDefined(String name) {
        return Builtins.NAMES.contains(name) || binding(name).isPresent();
    }

    /** Every defined name, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        layers.values().forEach(m -> names.addAll(m.keySet()));
        return names;
    }

    /** Resolves every placeholder in the text. */
    public String resolve(Text text) throws TemplateException {
        return resolve(text, new ArrayDeque<>());
    }

    /** The resolved value of a variable, as if written {@code <<name>>}. */
    public String valueOf(String name, Position usedAt) throws TemplateException {
        return valueOf(name, usedAt, new ArrayDeque<>());
    }

    /** The lookup placeholders resolve through, for a caller that applies functions itself. */
    public Template.Lookup lookup() {
        return lookup(new ArrayDeque<>());
    }

    private String resolve(Text text, Deque<String> chain) throws TemplateException {
        return Template.parse(text).render(lookup(chain));
    }

    private Template.Lookup lookup(Deque<String> chain) {
        return new Template.Lookup() {
            @Override
            public String valueOf(String name, Position usedAt) throws TemplateException {
                return Variables.this.valueOf(name, usedAt, chain);
            }

            @Override
            public Functions.Value typedValueOf(String name, Position usedAt) throws TemplateException {
                String value = Variables.this.valueOf(name, usedAt, chain);
                return new Functions.Value(value, Builtins.valueOf(name).isEmpty()
                        && binding(name).map(Binding::json).orElse(false));
            }

            @Override
            public boolean isSecret(String name) {
                return Builtins.valueOf(name).isEmpty() && binding(name).map(Binding::secret).orElse(false);
            }

            @Override
            public void secret(String derived) {
                secretSink.accept(derived);
            }
        };
    }

    private String valueOf(String name, Position usedAt, Deque<String> chain) throws TemplateException {
        Optional<String> builtin = Builtins.valueOf(name);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        Binding binding = binding(name).orElseThrow(() -> new UndefinedVariableException(name, usedAt, names()));
        if (binding.problem() != null) {
            throw new TemplateException(usedAt, "variable '" + name + "' has no value: " + binding.problem());
        }
        if (binding.pending()) {
            throw new IllegalStateException("variable '" + name + "' is resolved before the run has set it");
        }
        if (!binding.templated()) {
            return binding.value().raw();
        }
        if (chain.contains(name)) {
            throw new TemplateException(binding.value().position(), "variable '" + name + "' refers to itself: "
                    + String.join(" -> ", chain) + " -> " + name);
        }
        if (chain.size() >= MAX_DEPTH) {
            throw new TemplateException(usedAt, "variables refer to each other more than " + MAX_DEPTH + " deep");
        }
        chain.addLast(name);
        String value = resolve(binding.value(), chain);
        chain.removeLast();
        if (binding.secret()) {
            secretSink.accept(value);
        }
        return value;
    }
}
