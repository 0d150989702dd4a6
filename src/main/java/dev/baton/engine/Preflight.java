package dev.baton.engine;

import dev.baton.load.CollectionLoader;
import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.model.Environment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads every collection and the environment and checks, without sending anything, that every placeholder
 * names a variable that will have a value when the step runs.
 */
public final class Preflight {

    private final EnvironmentLoader environments;

    public Preflight(EnvironmentLoader environments) {
        this.environments = environments;
    }

    /** What was loaded, every problem found, and warnings such as a secret too short to be masked. */
    public record Result(List<Collection> collections, Environment environment, List<LoadException> problems,
                         List<String> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result check(List<Path> files, RunSettings settings, StepSelection selection) {
        List<LoadException> problems = new ArrayList<>();
        List<Collection> collections = new ArrayList<>();
        CollectionLoader loader = new CollectionLoader();
        Iterations iterations = null;
        boolean dataLoaded = true;
        try {
            iterations = Iterations.of(settings);
        } catch (LoadException e) {
            problems.add(e);
            dataLoaded = false;
        }
        try {
            Sharding.of(settings);
        } catch (LoadException e) {
            problems.add(e);
        }
        List<Collection> all = new ArrayList<>();
        for (Path file : files) {
            try {
                Collection collection = loader.load(file);
                all.add(collection);
                Collection chosen = selection.select(collection);
                if (!chosen.steps().isEmpty()) {
                    collections.add(chosen);
                }
            } catch (LoadException e) {
                problems.add(e);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(Selection.problems(all, selection));
        }
        Environment environment;
        try {
            environment = RunResources.environment(settings, files, environments);
        } catch (LoadException e) {
            problems.add(e);
            return new Result(collections, Environment.none(), problems, List.of());
        }
        if (!dataLoaded) {
            return new Result(collections, environment, problems, List.of());
        }
        for (Collection collection : collections) {
            problems.addAll(new ReferenceCheck(collection, RunVariables.beforeRun(collection, environment, settings,
                    iterations.all().next())).problems());
        }
        return new Result(collections, environment, problems,
                ShortSecrets.warnings(collections, environment, settings, iterations.all()));
    }
}
