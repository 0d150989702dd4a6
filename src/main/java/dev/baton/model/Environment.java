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
 */
public record Environment(String name, Path file, List<EnvironmentVariable> variables, boolean sandbox) {
    public Environment {
        variables = List.copyOf(variables);
    }

    /** No file: collection variables and {@code --var} only. */
    public static Environment none() {
        return new Environment("none", null, List.of(), false);
    }
}
