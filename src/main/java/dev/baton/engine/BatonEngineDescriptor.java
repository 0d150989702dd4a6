package dev.baton.engine;

import dev.baton.model.DisplayPath;
import dev.baton.report.Reporter;
import dev.baton.results.RunOutline;
import dev.baton.results.StepOutline;
import dev.baton.results.UnitOutline;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run: before its collections, it lays out the result tree from the descriptors the platform kept (after its
 * filters), opens the reporters and what the collections share; after them, it writes every report and closes.
 */
final class BatonEngineDescriptor extends EngineDescriptor implements Node<ExecutionScope> {

    private final ConfigurationParameters parameters;
    private final List<Reporter> given;

    BatonEngineDescriptor(UniqueId uniqueId, ConfigurationParameters parameters, List<Reporter> given) {
        super(uniqueId, "Baton");
        this.parameters = parameters;
        this.given = List.copyOf(given);
    }

    @Override
    public ExecutionScope before(ExecutionScope scope) throws Exception {
        RunContext run = scope.run();
        List<Reporter> reporters = RunReporters.open(parameters, run.streams(), given);
        RunOutline outline = outline();
        Reporting reporting = new Reporting(reporters, outline, run.settings().environment()
                .map(e -> e.endsWith(".yaml") || e.endsWith(".yml") ? DisplayPath.of(Path.of(e)) : e)
                .orElse(RunResources.DEFAULT_ENVIRONMENT), run.streams().err());
        run.start(reporting, reporters.stream().anyMatch(Reporter::showsExchanges), files());
        reporting.runStarted();
        return scope;
    }

    @Override
    public void after(ExecutionScope scope) {
        if (scope.run().reporting() == null) {
            return;
        }
        List<String> failures = scope.run().finish();
        if (!failures.isEmpty()) {
            throw new StepError(scope.run().output().text("the run ended but " + String.join("; ", failures)));
        }
    }

    private List<Path> files() {
        return getChildren().stream().map(CollectionDescriptor.class::cast).map(CollectionDescriptor::file).toList();
    }

    /** Numbers the units and steps in plan order and tells each descriptor its place. */
    private RunOutline outline() {
        List<UnitOutline> units = new ArrayList<>();
        for (TestDescriptor child : getChildren()) {
            CollectionDescriptor collection = (CollectionDescriptor) child;
            int first = units.size();
            if (collection.plain()) {
                units.add(unit(units.size(), collection, null, true, true, collection.getChildren()));
            } else {
                List<? extends TestDescriptor> iterations = List.copyOf(collection.getChildren());
                for (int i = 0; i < iterations.size(); i++) {
                    IterationDescriptor iteration = (IterationDescriptor) iterations.get(i);
                    iteration.place(units.size());
                    units.add(unit(units.size(), collection, iteration.iteration().name(), i == 0,
                            i == iterations.size() - 1, iteration.getChildren()));
                }
            }
            collection.place(first, units.size() - 1);
        }
        return new RunOutline(units);
    }

    private static UnitOutline unit(int index, CollectionDescriptor collection, String iteration, boolean first,
                                    boolean last, java.util.Set<? extends TestDescriptor> children) {
        List<StepOutline> steps = new ArrayList<>();
        for (TestDescriptor child : children) {
            StepDescriptor step = (StepDescriptor) child;
            step.place(new StepDescriptor.Slot(index, steps.size()));
            steps.add(step.outline());
        }
        return new UnitOutline(index, collection.getDisplayName(), collection.file(), iteration, first, last, steps);
    }
}
