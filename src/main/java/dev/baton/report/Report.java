package dev.baton.report;

import dev.baton.results.RunObserver;
import org.junit.platform.launcher.TestExecutionListener;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A report file a run writes. It is prepared before the first request (so a path that cannot be written is an
 * error before anything is sent), fed during the run, and moved into place whole at the end.
 */
public interface Report extends AutoCloseable {

    /** Platform listeners the report needs. */
    default List<TestExecutionListener> listeners() {
        return List.of();
    }

    /** What the report needs of the engine's records. */
    default RunObserver observer() {
        return RunObserver.NONE;
    }

    /** Configuration parameters the report needs, such as a platform reporter's switch. */
    default Map<String, String> configurationParameters() {
        return Map.of();
    }

    /** Writes the report to its target, replacing any older file in one step. */
    void finish() throws IOException;

    /** Removes whatever the report left behind while writing. */
    @Override
    void close();
}
