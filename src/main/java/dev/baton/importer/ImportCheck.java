package dev.baton.importer;

import dev.baton.engine.Preflight;
import dev.baton.engine.RunSettings;
import dev.baton.engine.StepSelection;
import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks what an import wrote the way {@code baton validate} would, with Baton's own loader: every collection loads,
 * with each written environment, and every placeholder names a variable. The OS variables an environment reads count
 * as set, and so do the variables the report lists as still to give, since the user gives those.
 */
public final class ImportCheck {

    /** What stands for a value given at run time: it may start a URL, as a base URL does. */
    private static final String GIVEN = "https://given.invalid";
    private static final Function<String, String> EVERY_OS_VARIABLE_SET = name -> GIVEN;

    private ImportCheck() {
    }

    /**
     * Checks the files in {@code folder}.
     *
     * @throws IllegalStateException when Baton does not accept them: a fault of the importer, not of the input
     */
    public static void check(Path folder, List<ImportedFile> files, Set<String> toGive) {
        List<Path> collections = paths(folder, files, ImportedFile.Kind.COLLECTION);
        List<Path> environments = paths(folder, files, ImportedFile.Kind.ENVIRONMENT);
        if (collections.isEmpty()) {
            return;
        }
        Map<String, String> given = toGive.stream().collect(Collectors.toMap(n -> n, n -> GIVEN));
        List<Optional<String>> choices = new ArrayList<>();
        environments.forEach(e -> choices.add(Optional.of(e.toString())));
        if (choices.isEmpty()) {
            choices.add(Optional.empty());
        }
        Preflight preflight = new Preflight(new EnvironmentLoader(EVERY_OS_VARIABLE_SET));
        for (Optional<String> environment : choices) {
            var result = preflight.check(collections, RunSettings.of(environment, given), StepSelection.ALL);
            if (!result.ok()) {
                throw new IllegalStateException("the import wrote files that Baton does not accept, which is a fault "
                        + "of baton import; nothing was written. " + result.problems().stream()
                        .map(LoadException::render).collect(Collectors.joining("\n")));
            }
        }
    }

    /**
     * Checks one step, such as {@code baton import curl} prints, as part of a collection of its own in a temporary
     * folder, with {@code variables} given.
     */
    public static void checkStep(dev.baton.importer.yaml.YamlMap step, Set<String> variables) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("baton-import-step-");
            try {
                String yaml = dev.baton.importer.yaml.YamlWriter.write(List.of(), dev.baton.importer.yaml.YamlMap
                        .block().put("name", "step").put("steps", List.of(step)));
                ImportedFile file = new ImportedFile("step.yaml", ImportedFile.Kind.COLLECTION, yaml);
                java.nio.file.Files.writeString(folder.resolve(file.path()), yaml);
                check(folder, List.of(file), variables);
            } finally {
                try (var paths = java.nio.file.Files.walk(folder)) {
                    for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot check the step in a temporary folder", e);
        }
    }

    private static List<Path> paths(Path folder, List<ImportedFile> files, ImportedFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).map(f -> folder.resolve(f.path())).toList();
    }
}
