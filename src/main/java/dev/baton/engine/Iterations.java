package dev.baton.engine;

import dev.baton.load.DataFileLoader;
import dev.baton.load.LoadException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The iterations a run's settings make of each collection. */
final class Iterations {

    private Iterations() {
    }

    /** One iteration per data row, or {@code --iterations N}, or the single plain pass. */
    static List<Iteration> of(RunSettings settings) throws LoadException {
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
}
