package dev.baton.results;

import java.nio.file.Path;
import java.util.List;

/**
 * One collection of a run.
 *
 * @param name       its name
 * @param file       its file
 * @param error      why it could not run at all, or {@code null}
 * @param iterations its iterations: one, named {@code null}, unless it ran several times; none when it could not
 *                   run
 */
public record CollectionResult(String name, Path file, String error, List<IterationResult> iterations) {

    public CollectionResult {
        iterations = List.copyOf(iterations);
    }
}
