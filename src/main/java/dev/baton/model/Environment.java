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

    /** No file: collection variables and {@code --var} only. */
    public static Environment none() {
        return new Environment("none", null, List.of(), false);
    }
}
