package dev.baton.report;

import dev.baton.results.RunObserver;
import dev.baton.results.StepRecord;

import java.util.List;
import java.util.Map;

/** Passes every record to several observers. */
public final class CompositeObserver implements RunObserver {

    private final List<RunObserver> observers;

    public CompositeObserver(List<RunObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public boolean wantsSteps() {
        return observers.stream().anyMatch(RunObserver::wantsSteps);
    }

    @Override
    public void stepFinished(StepRecord step) {
        observers.forEach(o -> o.stepFinished(step));
    }

    @Override
    public void collectionFinished(String collection, String iteration, Map<String, ExportedValue> variables) {
        observers.forEach(o -> o.collectionFinished(collection, iteration, variables));
    }
}
