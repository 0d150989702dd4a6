package dev.baton.report;

import dev.baton.results.RunResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A reporter that writes one file from the result tree when the run ends: its target is checked when it opens
 * (before anything is sent), and the file is written through the output boundary to a temporary file that
 * replaces the target whole.
 */
public abstract class FileReporter implements Reporter {

    private ReporterContext context;
    private Path target;

    @Override
    public void open(ReporterContext context) throws IOException {
        this.context = context;
        this.target = context.checkedTarget();
    }

    @Override
    public void runFinished(RunResult run) throws IOException {
        try (ReportFile file = newFile(target)) {
            write(run, file.writer());
            file.commit();
        }
    }

    /** Writes the report of the run. */
    protected abstract void write(RunResult run, PrintWriter out) throws IOException;

    /** The file being written: readable by others and masked, unless a reporter says otherwise. */
    protected ReportFile newFile(Path target) throws IOException {
        return ReportFile.create(target, context.output());
    }

    /** What the reporter was opened with. */
    protected ReporterContext context() {
        return context;
    }
}
