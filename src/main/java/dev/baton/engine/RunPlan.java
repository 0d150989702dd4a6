package dev.baton.engine;

import dev.baton.load.DataFileLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.model.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** What a run's settings make of the collections: the iterations, and the steps chosen by name or tag. */
final class RunPlan {

    private RunPlan() {
    }

    /** One iteration per data row, or {@code --iterations N}, or the single plain pass. */
    static List<Iteration> iterations(RunSettings settings) throws LoadException {
        if (settings.data().isPresent()) {
            List<DataFileLoader.Row> rows = new DataFileLoader().rows(settings.data().get(), settings.dataName());
            List<Iteration> iterations = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                iterations.add(Iteration.numbered(i + 1, rows.get(i), settings.dataName()));
            }
            return iterations;
        }
        if (settings.iterations() <= 1) {
            return List.of(Iteration.SINGLE);
        }
        return IntStream.rangeClosed(1, settings.iterations()).mapToObj(Iteration::numbered).toList();
    }

    /** The collection with only the steps the settings choose; it may be left with none. */
    static Collection select(Collection collection, RunSettings settings) {
        if (settings.steps().isEmpty() && settings.tags().isEmpty()) {
            return collection;
        }
        return collection.withSteps(collection.steps().stream().filter(s -> chosen(s, settings)).toList());
    }

    private static boolean chosen(Step step, RunSettings settings) {
        return (settings.steps().isEmpty() || settings.steps().contains(step.name()))
                && (settings.tags().isEmpty() || step.tags().stream().anyMatch(settings.tags()::contains));
    }
}
