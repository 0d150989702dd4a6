package dev.baton.report;

import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.RunOutline;
import dev.baton.results.RunResult;
import dev.baton.results.UnitOutline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A reporter that writes one file from the result tree when the run ends: its target is checked when it opens
 * (before anything is sent), and the file is written through the output boundary to a temporary file that
 * replaces the target whole. A report that says how to write a unit on its own ({@link #unitText()}) has its units
 * rendered while the run goes, on the run's {@link RenderAhead} thread, and its walk at the end copies those that
 * are still current ({@link RenderedUnits}).
 */
public abstract class FileReporter implements Reporter {

    private ReporterContext context;
    private Path target;
    private UnitsAhead ahead;
    private int collection;
    private int ordinal;
    private RenderedUnits units = RenderedUnits.NONE;

    @Override
    public void open(ReporterContext context) throws IOException {
        this.context = context;
        this.target = context.checkedTarget();
    }

    @Override
    public void runStarted(RunOutline outline) {
        UnitText text = context.renderAhead().enabled() ? unitText() : null;
        if (text != null) {
            ahead = new UnitsAhead(target, context.output(), context.renderAhead(), text);
        }
    }

    @Override
    public void unitFinished(UnitOutline unit, IterationResult result) {
        try {
            if (ahead != null) {
                ahead.unitFinished(new UnitPlace(collection, ordinal, unit.collection(), unit.file()), result);
            }
        } finally {
            ordinal++;
        }
    }

    @Override
    public void collectionFinished(CollectionResult result) {
        try {
            if (ahead != null) {
                ahead.collectionEnded(collection, ordinal);
            }
        } finally {
            collection++;
            ordinal = 0;
        }
    }

    @Override
    public void runFinished(RunResult run) throws IOException {
        try (UnitsAhead rendered = ahead; ReportFile file = newFile(target)) {
            units = rendered == null ? RenderedUnits.NONE : rendered.reader(file, run.interrupted());
            write(run, file.writer());
            file.commit();
        } finally {
            units = RenderedUnits.NONE;
        }
    }

    /** Writes the report of the run. */
    protected abstract void write(RunResult run, PrintWriter out) throws IOException;

    /**
     * While {@link #write} runs, the units it may copy rather than write (for a report that says how to write a unit
     * on its own, {@link #unitText()}); else none.
     */
    protected final RenderedUnits renderedUnits() {
        return units;
    }

    /** How many units the last walk copied from those rendered while the run went. */
    int unitsCopied() {
        return ahead == null ? 0 : ahead.copied();
    }

    /** How this report writes a unit on its own, or {@code null} when it writes every unit at the end. */
    protected UnitText unitText() {
        return null;
    }

    /** The file being written: readable by others and masked, unless a reporter says otherwise. */
    protected ReportFile newFile(Path target) throws IOException {
        return ReportFile.create(target, context.output());
    }

    /** What the reporter was opened with. */
    protected ReporterContext context() {
        return context;
    }
}
