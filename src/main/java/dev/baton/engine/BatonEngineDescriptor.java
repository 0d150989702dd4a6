package dev.baton.engine;

import dev.baton.model.DisplayPath;
import dev.baton.report.Reporter;
import dev.baton.results.Suite;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run: before its collections, it lays out the plan from the descriptors the platform kept (after its filters),
 * opens the reporters and what the collections share; after them, it writes every report and closes.
 */
final class BatonEngineDescriptor extends EngineDescriptor implements Node<ExecutionScope> {

    private final ConfigurationParameters parameters;
    private final List<Reporter> given;
    private Suite suite = Suite.UNKNOWN;

    BatonEngineDescriptor(UniqueId uniqueId, ConfigurationParameters parameters, List<Reporter> given) {
        super(uniqueId, "Baton");
        this.parameters = parameters;
        this.given = List.copyOf(given);
    }

    /** Which suite, and which shard of it, the run is. */
    void suite(Suite suite) {
        this.suite = suite;
    }

    @Override
    public ExecutionScope before(ExecutionScope scope) throws Exception {
        RunContext run = scope.run();
        List<Reporter> reporters = RunReporters.open(parameters, run.streams(), given);
        Reporting reporting = new Reporting(reporters, plan(), run.settings().environment()
                .map(e -> e.endsWith(".yaml") || e.endsWith(".yml") ? DisplayPath.of(Path.of(e)) : e)
                .orElse(RunResources.DEFAULT_ENVIRONMENT), suite, run.streams().err());
        run.start(reporting, reporters.stream().anyMatch(Reporter::showsExchanges),
                reporters.stream().anyMatch(Reporter::readsVariables), files());
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

    /** Numbers the units in plan order and tells each collection where its units start. */
    private List<Reporting.Planned> plan() {
        List<Reporting.Planned> plan = new ArrayList<>();
        int units = 0;
        for (TestDescriptor child : getChildren()) {
            CollectionDescriptor collection = (CollectionDescriptor) child;
            collection.place(units);
            plan.add(new Reporting.Planned(collection.getDisplayName(), collection.file(), collection.position(),
                    units, collection.units(), collection.steps(), collection::unitIterations));
            units += collection.units();
        }
        return plan;
    }
}
