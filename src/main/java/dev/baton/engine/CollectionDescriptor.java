package dev.baton.engine;

import dev.baton.load.DataFileChanged;
import dev.baton.load.LoadException;
import dev.baton.model.Collection;
import dev.baton.results.StepOutline;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;

/**
 * A collection file: a container of its steps for a plain run (whose state it then opens and closes itself), or of
 * its iterations; or, when the file did not load, a container that fails with why. Collections run side by side
 * with {@code --jobs N}.
 *
 * <p>Iterations are made as the run goes, so that a run of any number of them holds only those running: discovery
 * makes the first, whose steps the platform's filters choose ({@code --step}, {@code --tag}, Surefire's groups);
 * when the collection runs, it takes that one back from its children and runs it and every later one as dynamic
 * tests, each with the steps the first kept, at most {@code --jobs} at once, in order.
 */
final class CollectionDescriptor extends AbstractTestDescriptor implements Node<ExecutionScope> {

    static final String SEGMENT = "collection";

    private final Path file;
    private final int position;
    private final Collection collection;
    private final LoadException loadError;
    private final Iterations iterations;
    private final BitSet numbers;
    private IterationDescriptor first;
    private int firstUnit;
    private int units = 1;

    private CollectionDescriptor(UniqueId parent, Path file, int position, String name, Collection collection,
                                 LoadException loadError, Iterations iterations, BitSet numbers) {
        super(parent.append(SEGMENT, file.toString()), name, FileSource.from(file.toFile(),
                collection == null ? null : FilePosition.from(collection.position().line(),
                        collection.position().column())));
        this.file = file;
        this.position = position;
        this.collection = collection;
        this.loadError = loadError;
        this.iterations = iterations;
        this.numbers = numbers;
    }

    /**
     * A collection that loaded, with the iterations it runs: every one, or those of its shard ({@code numbers}, from
     * 1; ignored for a plain run). None chosen leaves it without children, and the platform drops it.
     */
    static CollectionDescriptor loaded(UniqueId parent, Collection collection, int position, Iterations iterations,
                                       BitSet numbers) {
        CollectionDescriptor descriptor = new CollectionDescriptor(parent, collection.file(), position,
                collection.name(), collection, null, iterations, numbers);
        if (iterations.plain()) {
            collection.steps().forEach(step -> descriptor.addChild(new StepDescriptor(descriptor.getUniqueId(),
                    collection.file(), step)));
        } else {
            Iterator<Iteration> chosen = iterations.chosen(numbers);
            if (chosen.hasNext()) {
                descriptor.first = new IterationDescriptor(descriptor.getUniqueId(), collection, chosen.next());
                descriptor.addChild(descriptor.first);
            }
        }
        return descriptor;
    }

    static CollectionDescriptor broken(UniqueId parent, Path file, int position, LoadException error) {
        return new CollectionDescriptor(parent, file, position, file.getFileName().toString(), null, error, null,
                null);
    }

    Path file() {
        return file;
    }

    /** Its place among the suite's collections. */
    int position() {
        return position;
    }

    /** Whether its children are steps: a plain run, one pass, no iteration containers. */
    boolean plain() {
        return first == null;
    }

    /** How many units it runs: its iterations, or its one plain pass. */
    int units() {
        return plain() ? 1 : numbers.cardinality();
    }

    /** The steps each of its units runs, as the platform's filters left them. */
    List<StepOutline> steps() {
        TestDescriptor holder = plain() ? this : first;
        return holder.getChildren().stream().map(StepDescriptor.class::cast).map(StepDescriptor::outline).toList();
    }

    /** Its units' iterations, in order, read again: for a stopped run's report of those that did not run. */
    Iterator<Iteration> unitIterations() {
        return plain() ? List.of(Iteration.SINGLE).iterator() : iterations.chosen(numbers);
    }

    /** Its units are numbered from {@code firstUnit} in the run's plan. */
    void place(int firstUnit) {
        this.firstUnit = firstUnit;
        this.units = units();
        if (plain()) {
            int index = 0;
            for (TestDescriptor child : getChildren()) {
                ((StepDescriptor) child).place(new StepDescriptor.Slot(firstUnit, index++));
            }
        }
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** A broken file has no steps; without this the platform would prune it and the error would go unseen. */
    @Override
    public boolean mayRegisterTests() {
        return loadError != null;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.CONCURRENT;
    }

    /** The first iteration leaves the children, to run with the others as they are made. */
    @Override
    public ExecutionScope prepare(ExecutionScope scope) {
        if (!plain() && getChildren().contains(first)) {
            removeChild(first);
        }
        return scope;
    }

    @Override
    public ExecutionScope before(ExecutionScope scope) throws Exception {
        RunContext run = scope.run();
        if (loadError != null) {
            throw new StepError(run.output().text(loadError.render()));
        }
        run.checkStarted();
        if (!plain()) {
            return scope;
        }
        run.reporting().unitStarted(firstUnit, 1, null);
        return scope.with(Units.open(run, collection, Iteration.SINGLE));
    }

    /**
     * Runs the iterations one after another, or {@code --jobs} at once, making each as its turn comes. When
     * {@code --jobs} are under way this thread waits for the newest, which it runs itself unless another thread took
     * it first: the pool has exactly {@code --jobs} threads, this one among them.
     */
    @Override
    public ExecutionScope execute(ExecutionScope scope, DynamicTestExecutor dynamic) throws Exception {
        if (plain()) {
            return scope;
        }
        RunContext run = scope.run();
        Deque<Future<?>> running = new ArrayDeque<>();
        try {
            Iterator<Iteration> chosen = iterations.chosen(numbers);
            for (int ordinal = 0; chosen.hasNext() && !run.interrupted(); ordinal++) {
                Iteration iteration = chosen.next();
                IterationDescriptor descriptor = ordinal == 0 ? first : first.sibling(iteration);
                descriptor.setParent(this);
                descriptor.place(firstUnit + ordinal);
                running.add(dynamic.execute(descriptor, run.listener()));
                running.removeIf(Future::isDone);
                while (running.size() >= run.settings().jobs()) {
                    running.pollLast().get();
                    running.removeIf(Future::isDone);
                }
            }
        } catch (DataFileChanged e) {
            for (Future<?> unit : running) {
                unit.get();
            }
            throw new InputError(run.output().text(e.getMessage()));
        }
        return scope;
    }

    @Override
    public void after(ExecutionScope scope) {
        if (plain()) {
            Units.close(scope, firstUnit);
        }
    }

    @Override
    public void nodeFinished(ExecutionScope scope, TestDescriptor descriptor, TestExecutionResult result) {
        String error = Units.error(result);
        if (plain() && error == null) {
            scope.run().reporting().unitFinished(firstUnit, null);
        }
        scope.run().reporting().collectionFinished(firstUnit, firstUnit + units - 1, error);
    }
}
