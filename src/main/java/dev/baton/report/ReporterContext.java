package dev.baton.report;

import dev.baton.secret.OutputBoundary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter is given when it opens.
 *
 * @param target      the file after the colon, or {@code null} for a console reporter
 * @param streams     the console streams and the output boundary
 * @param version     Baton's version
 * @param parameters  the run's configuration parameters, by key
 * @param renderAhead the run's thread for rendering units while the run goes, shared by its file reporters
 */
public record ReporterContext(Path target, Streams streams, String version,
                              Function<String, Optional<String>> parameters, RenderAhead renderAhead) {

    /** A context whose reports are written whole at the end. */
    public ReporterContext(Path target, Streams streams, String version,
                           Function<String, Optional<String>> parameters) {
        this(target, streams, version, parameters, RenderAhead.none());
    }

    /** The boundary every text goes through. */
    public OutputBoundary output() {
        return streams.boundary();
    }

    /** A configuration parameter of the run. */
    public Optional<String> parameter(String key) {
        return parameters.apply(key);
    }

    /** The target, checked: not a folder, its folder made and writable. */
    public Path checkedTarget() throws IOException {
        return ReportFiles.checkTarget(target);
    }
}
