package dev.baton.report;

import dev.baton.results.RunObserver;
import org.junit.platform.launcher.TestExecutionListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --reporter json:FILE}: the whole run as one JSON document (summary, collections, iterations, steps with
 * their requests, responses, captures and assertions), in the shape {@code docs/reports.md} describes.
 */
public final class JsonReport implements Report {

    private final Path target;
    private final RunRecording recording;

    private JsonReport(Path target, RunRecording recording) {
        this.target = target;
        this.recording = recording;
    }

    /** Prepares a report at {@code target}, failing now if its folder cannot be written. */
    public static JsonReport to(Path target) throws IOException {
        return new JsonReport(ReportFiles.checkTarget(target), new RunRecording());
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
        ReportFiles.writeAtomically(target, RunJson.write(recording.snapshot(), BatonVersion.current()));
    }

    @Override
    public void close() {
    }
}
