package dev.baton.report;

import dev.baton.results.RunObserver;
import org.junit.platform.launcher.TestExecutionListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A report rendered at the end from the whole recorded run: {@code json:FILE} (the run as one JSON document,
 * docs/reports.md) and {@code html:FILE} (one self-contained page: a summary, the failures first with links to
 * them, then every step with its requests, responses, assertions and captures).
 */
public final class RecordedReport implements Report {

    private final Path target;
    private final Function<RecordedRun, String> renderer;
    private final RunRecording recording = new RunRecording();

    private RecordedReport(Path target, Function<RecordedRun, String> renderer) {
        this.target = target;
        this.renderer = renderer;
    }

    /** The JSON report at {@code target}, failing now if its folder cannot be written. */
    public static RecordedReport json(Path target) throws IOException {
        return new RecordedReport(ReportFiles.checkTarget(target), run -> RunJson.write(run, BatonVersion.current()));
    }

    /** The HTML report at {@code target}, failing now if its folder cannot be written. */
    public static RecordedReport html(Path target) throws IOException {
        return new RecordedReport(ReportFiles.checkTarget(target),
                run -> HtmlPage.render(run, BatonVersion.current()).outerHtml());
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
        ReportFiles.writeAtomically(target, renderer.apply(recording.snapshot()));
    }

    @Override
    public void close() {
    }
}
