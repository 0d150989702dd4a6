package dev.baton.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded environment file.
 *
 * @param name      the environment's name ({@code dev}, {@code prod}, {@code local}, or the file's stem)
 * @param file      the file, or {@code null} for the empty environment
 * @param variables its variables
 * @param sandbox   whether the run starts Baton's embedded OAuth sandbox and sets {@code <<sandbox.url>>}
 * @param sandboxSwitches the sandbox behaviours switched on for the run, by name
 */
public record Environment(String name, Path file, List<EnvironmentVariable> variables, boolean sandbox,
                          List<String> sandboxSwitches) {
    public Environment {
        variables = List.copyOf(variables);
        sandboxSwitches = List.copyOf(sandboxSwitches);
    }

    /** An environment whose sandbox, if any, runs with every switch off. */
    public Environment(String name, Path file, List<EnvironmentVariable> variables, boolean sandbox) {
        this(name, file, variables, sandbox, List.of());
    }

    /**
     * Environments layered in order, as {@code --env shared --env dev} gives them: a variable set by several comes from
     * the last (and stays secret if any marks it secret); the sandbox runs when any asks for it, with every switch any of them turns on. Named by their names
     * joined with {@code +}, with the last one's file.
     */
    public static Environment layered(List<Environment> layers) {
        if (layers.size() == 1) {
            return layers.get(0);
        }
        java.util.Map<String, EnvironmentVariable> variables = new java.util.LinkedHashMap<>();
        java.util.Set<String> switches = new java.util.LinkedHashSet<>();
        boolean sandbox = false;
        for (Environment layer : layers) {
            layer.variables().forEach(v -> {
                EnvironmentVariable earlier = variables.remove(v.name());
                boolean secret = v.secret() || earlier != null && earlier.secret();
                variables.put(v.name(), new EnvironmentVariable(v.name(), v.value(), v.templated(), secret,
                        v.problem()));
            });
            sandbox |= layer.sandbox();
            switches.addAll(layer.sandboxSwitches());
        }
        String name = String.join("+", layers.stream().map(Environment::name).toList());
        return new Environment(name, layers.get(layers.size() - 1).file(), List.copyOf(variables.values()), sandbox,
                List.copyOf(switches));
    }

    /** No file: collection variables and {@code --var} only. */
    public static Environment none() {
        return new Environment("none", null, List.of(), false);
    }
}
