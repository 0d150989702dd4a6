package dev.baton.report;

import dev.baton.results.RunObserver;
import dev.baton.results.StepRecord;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects a run for the reports written whole at its end: the step records (from any thread, in any order),
 * the order of collections and iterations from the test plan, and the containers that could not run. Without a
 * test plan, collections keep the order their first step arrived in.
 */
final class RunRecording implements RunObserver, TestExecutionListener {

    private static final Pattern ITERATION_NUMBER = Pattern.compile("^#(\\d+)");

    private final Clock clock;
    private final Instant created;
    private Instant startedAt;
    private Instant finishedAt;
    private final Map<String, CollectionEntry> collections = new LinkedHashMap<>();
    private final Map<String, Container> containers = new HashMap<>();
    private int arrivals;

    RunRecording() {
        this(Clock.systemUTC());
    }

    RunRecording(Clock clock) {
        this.clock = clock;
        this.created = clock.instant();
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        startedAt = clock.instant();
        plan.getRoots().forEach(root -> walk(plan, root, null));
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        finishedAt = clock.instant();
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Container container = containers.get(id.getUniqueId());
        if (container == null || result.getStatus() != TestExecutionResult.Status.FAILED) {
            return;
        }
        String message = result.getThrowable().map(t -> t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getMessage()).orElse("did not run");
        if (container.iteration() == null) {
            container.collection().error = message;
        } else {
            container.collection().iteration(container.iteration()).error = message;
        }
    }

    @Override
    public synchronized void stepFinished(StepRecord step) {
        CollectionEntry collection = collection(step.file(), step.collection());
        collection.iteration(step.iteration()).steps.add(new Arrival(arrivals++, step));
    }

    /** The run so far, in report order. */
    synchronized RecordedRun snapshot() {
        Instant start = startedAt == null ? created : startedAt;
        Instant end = finishedAt == null ? clock.instant() : finishedAt;
        return new RecordedRun(start, end, collections.values().stream().map(CollectionEntry::toRun).toList());
    }

    private void walk(TestPlan plan, TestIdentifier node, CollectionEntry collection) {
        CollectionEntry current = collection;
        if (node.isContainer()) {
            Optional<Path> file = node.getSource().filter(FileSource.class::isInstance)
                    .map(s -> ((FileSource) s).getFile().toPath());
            if (collection == null && file.isPresent()) {
                current = collection(file.get(), node.getDisplayName());
                containers.put(node.getUniqueId(), new Container(current, null));
            } else if (collection != null) {
                collection.iteration(node.getDisplayName());
                containers.put(node.getUniqueId(), new Container(collection, node.getDisplayName()));
            }
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            walk(plan, child, current);
        }
    }

    private CollectionEntry collection(Path file, String name) {
        return collections.computeIfAbsent(key(file), k -> new CollectionEntry(name, file));
    }

    private static String key(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    private static int iterationNumber(String name) {
        if (name == null) {
            return 0;
        }
        Matcher m = ITERATION_NUMBER.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private record Container(CollectionEntry collection, String iteration) {
    }

    private record Arrival(int order, StepRecord step) {
    }

    private static final class CollectionEntry {
        private final String name;
        private final Path file;
        private String error;
        private final Map<String, IterationEntry> iterations = new LinkedHashMap<>();

        CollectionEntry(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        IterationEntry iteration(String iterationName) {
            return iterations.computeIfAbsent(iterationName, IterationEntry::new);
        }

        RecordedRun.CollectionRun toRun() {
            List<IterationEntry> ordered = new ArrayList<>(iterations.values());
            ordered.sort(Comparator.comparingInt(i -> iterationNumber(i.name)));
            return new RecordedRun.CollectionRun(name, file, error, ordered.stream().map(IterationEntry::toRun)
                    .toList());
        }
    }

    private static final class IterationEntry {
        private final String name;
        private String error;
        private final List<Arrival> steps = new ArrayList<>();

        IterationEntry(String name) {
            this.name = name;
        }

        RecordedRun.IterationRun toRun() {
            return new RecordedRun.IterationRun(name, error, steps.stream()
                    .sorted(Comparator.comparingInt((Arrival a) -> a.step().index()).thenComparingInt(Arrival::order))
                    .map(Arrival::step).toList());
        }
    }
}
