package dev.baton.results.store;

import dev.baton.results.ExchangeRecord;
import dev.baton.results.ExportedValue;
import dev.baton.results.IterationResult;
import dev.baton.results.LazyList;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;

import java.util.List;
import java.util.Map;

/**
 * The steps and units of a run, written to {@link SpillFile}s as they come (in any order) and read back as parts
 * of a result tree: a unit read back is an {@link IterationResult} whose steps are read when they are walked, and a
 * step's exchanges when they are walked. So a run of any size keeps only offsets in memory, eight bytes a unit,
 * while its reports still see one ordered tree. The exchanges, most of a step's bytes, have a file of their own, so
 * the reports that show none (JUnit XML, Open Test Reporting) read only the rest.
 */
public final class ResultTree implements AutoCloseable {

    private final SpillFile file;
    private final SpillFile exchanges;
    private final RecordOutput out = new RecordOutput();
    private volatile Read<StepResult> lastStep;
    private volatile Read<ExchangeRecord> lastExchange;
    private volatile Read<ResultCodec.UnitRecord> lastUnit;

    /**
     * A tree that keeps {@link SpillFile#DEFAULT_MEMORY} bytes in memory, half for steps and half for exchanges, the
     * rest on disk.
     */
    public ResultTree() {
        this(SpillFile.DEFAULT_MEMORY);
    }

    /** A tree that keeps up to {@code memoryLimit} bytes in memory, half for steps and half for exchanges. */
    public ResultTree(long memoryLimit) {
        this.file = new SpillFile(memoryLimit / 2);
        this.exchanges = new SpillFile(memoryLimit - memoryLimit / 2);
    }

    /** A unit being written, step by step. */
    public Unit unit() {
        return new Unit();
    }

    /**
     * The step written at {@code offset}. The last one read is kept, as reports read a unit's first and last steps
     * next to walking them.
     */
    public StepResult step(long offset) {
        Read<StepResult> read = lastStep;
        if (read == null || read.offset() != offset) {
            read = new Read<>(offset, ResultCodec.step(new RecordInput(file.record(offset)), this::exchanges));
            lastStep = read;
        }
        return read.value();
    }

    private List<ExchangeRecord> exchanges(long[] offsets) {
        return offsets.length == 0 ? List.of() : new LazyList<>(offsets.length, i -> exchange(offsets[i]));
    }

    /** The exchange written at {@code offset}; the last one read is kept, as a report may read it twice. */
    private ExchangeRecord exchange(long offset) {
        Read<ExchangeRecord> read = lastExchange;
        if (read == null || read.offset() != offset) {
            read = new Read<>(offset, ResultCodec.exchange(new RecordInput(exchanges.record(offset))));
            lastExchange = read;
        }
        return read.value();
    }

    /** The unit written at {@code offset}, its steps read as they are walked; the last one read is kept. */
    public IterationResult iteration(long offset) {
        Read<ResultCodec.UnitRecord> read = lastUnit;
        if (read == null || read.offset() != offset) {
            read = new Read<>(offset, ResultCodec.unit(new RecordInput(file.record(offset))));
            lastUnit = read;
        }
        ResultCodec.UnitRecord unit = read.value();
        long[] steps = unit.steps();
        return new IterationResult(unit.name(), unit.number(), unit.error(),
                new LazyList<>(steps.length, i -> step(steps[i])), unit.variables(), unit.counts());
    }

    /** The units written at these offsets, in this order, each read as it is walked. */
    public List<IterationResult> iterations(long[] offsets) {
        return new LazyList<>(offsets.length, i -> iteration(offsets[i]));
    }

    /** Whether the results went to disk. */
    public boolean spilled() {
        return file.onDisk() || exchanges.onDisk();
    }

    @Override
    public void close() {
        lastStep = null;
        lastUnit = null;
        lastExchange = null;
        file.close();
        exchanges.close();
    }

    private synchronized long write(StepResult step) {
        long[] written = new long[step.exchanges().size()];
        for (int i = 0; i < written.length; i++) {
            ResultCodec.write(out.reset(), step.exchanges().get(i));
            written[i] = exchanges.append(out.bytes(), out.size());
        }
        ResultCodec.write(out.reset(), step, written);
        return file.append(out.bytes(), out.size());
    }

    private synchronized long write(ResultCodec.UnitRecord unit) {
        ResultCodec.write(out.reset(), unit);
        return file.append(out.bytes(), out.size());
    }

    /** A record read back, and where it was written. */
    private record Read<T>(long offset, T value) {
    }

    /** A unit's steps as they are written, then its head. Used from one thread at a time. */
    public final class Unit {
        private final LongArray steps = new LongArray();
        private StepCounts counts = StepCounts.NONE;

        private Unit() {
        }

        /** Writes a step of the unit, after those before it. */
        public void add(StepResult step) {
            steps.add(write(step));
            counts = counts.plus(step.outcome());
        }

        /** How many steps were written. */
        public int size() {
            return steps.size();
        }

        /** The {@code index}th step written, read back. */
        public StepResult step(int index) {
            return ResultTree.this.step(steps.get(index));
        }

        public StepCounts counts() {
            return counts;
        }

        /** Writes the unit's head and returns its offset, for {@link ResultTree#iteration}. */
        public long finish(String name, int number, String error, Map<String, ExportedValue> variables) {
            return write(new ResultCodec.UnitRecord(name, number, error, variables, counts, steps.toArray()));
        }
    }
}
