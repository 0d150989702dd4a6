package dev.baton.report;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes console events on in the order of the test plan, whatever order parallel runs ({@code --jobs}) produce
 * them in, with the times they happened at.
 * A unit is a collection, or one iteration of it; the events of a unit are held until every earlier unit has
 * ended.
 */
public final class InPlanOrder implements TestExecutionListener {

    private final ConsoleReporter delegate;
    private final List<String> units = new ArrayList<>();
    private final Map<String, List<Runnable>> held = new HashMap<>();
    private final Map<String, String> firstUnit = new HashMap<>();
    private final Map<String, String> lastUnit = new HashMap<>();
    private final Map<String, String> endedBy = new HashMap<>();
    private TestPlan plan;
    private int next;

    public InPlanOrder(ConsoleReporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier collection : testPlan.getChildren(root)) {
                List<String> iterations = testPlan.getChildren(collection).stream().filter(TestIdentifier::isContainer)
                        .map(TestIdentifier::getUniqueId).toList();
                List<String> mine = iterations.isEmpty() ? List.of(collection.getUniqueId()) : iterations;
                mine.forEach(unit -> {
                    units.add(unit);
                    held.put(unit, new ArrayList<>());
                    endedBy.put(unit, unit);
                });
                String last = mine.get(mine.size() - 1);
                endedBy.put(collection.getUniqueId(), last);
                endedBy.remove(last.equals(collection.getUniqueId()) ? "" : last);
                firstUnit.put(collection.getUniqueId(), mine.get(0));
                lastUnit.put(collection.getUniqueId(), last);
            }
        }
        delegate.testPlanExecutionStarted(testPlan);
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        long now = System.nanoTime();
        route(id, firstUnit, () -> delegate.executionStarted(id, now));
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        route(id, firstUnit, () -> delegate.executionSkipped(id, reason));
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        long now = System.nanoTime();
        route(id, lastUnit, () -> delegate.executionFinished(id, result, now));
        String unit = endedBy.get(id.getUniqueId());
        if (unit != null) {
            held.get(unit).add(null);
        }
        flush();
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        units.forEach(unit -> held.get(unit).add(null));
        flush();
        delegate.testPlanExecutionFinished(testPlan);
    }

    private void route(TestIdentifier id, Map<String, String> collectionUnit, Runnable event) {
        String unit = unitOf(id, collectionUnit);
        if (unit == null) {
            event.run();
            return;
        }
        held.get(unit).add(event);
        flush();
    }

    private String unitOf(TestIdentifier id, Map<String, String> collectionUnit) {
        if (plan == null) {
            return null;
        }
        if (collectionUnit.containsKey(id.getUniqueId())) {
            return collectionUnit.get(id.getUniqueId());
        }
        for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
            if (held.containsKey(at.getUniqueId())) {
                return at.getUniqueId();
            }
        }
        return null;
    }

    /** Runs held events in unit order; a {@code null} marks the end of a unit. */
    private void flush() {
        while (next < units.size()) {
            List<Runnable> events = held.get(units.get(next));
            while (!events.isEmpty()) {
                Runnable event = events.remove(0);
                if (event == null) {
                    next++;
                    break;
                }
                event.run();
            }
            if (next < units.size() && held.get(units.get(next)) == events && events.isEmpty()) {
                return;
            }
        }
    }
}
