package dev.baton.report;

import dev.baton.results.RunObserver;
import org.junit.platform.launcher.TestExecutionListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --reporter html:FILE}: the whole run as one self-contained HTML page (inline CSS, no script): a summary,
 * the failures first with links to them, then every step with its requests, responses, assertions and captures.
 */
public final class HtmlReport implements Report {

    private final Path target;
    private final RunRecording recording;

    private HtmlReport(Path target, RunRecording recording) {
        this.target = target;
        this.recording = recording;
    }

    /** Prepares a report at {@code target}, failing now if its folder cannot be written. */
    public static HtmlReport to(Path target) throws IOException {
        return new HtmlReport(ReportFiles.checkTarget(target), new RunRecording());
    }

    @Override
    public List<TestExecutionListener> listeners() {
        return List.of(recording);
    }

    @Override
    public RunObserver observer() {
        return recording;
    }

    @Override
    public void finish() throws IOException {
        ReportFiles.writeAtomically(target, HtmlPage.render(recording.snapshot(), BatonVersion.current()).outerHtml());
    }

    @Override
    public void close() {
    }
}
