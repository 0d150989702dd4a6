package dev.baton.engine;

import dev.baton.report.Reporter;
import dev.baton.report.ReporterContext;
import dev.baton.results.RunResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File reports written at the same time: each that cannot write fails by name, whatever broke it. */
class ParallelReportsTest {

    private static final RunResult RUN = new RunResult(Instant.EPOCH, Instant.EPOCH, false, "dev", null, List.of());

    @Test
    void aReportThatBreaksFailsByNameAndTheOthersAreWritten() {
        Map<String, String> failures = new ConcurrentHashMap<>();
        Fake good = new Fake("good", null);
        Fake console = new Fake("console", null);
        console.file = false;
        List<Reporter> reporters = List.of(good, new Fake("io", new IOException("disk full")),
                new Fake("memory", new OutOfMemoryError("Java heap space")), new Fake("bug", new AssertionError("x")),
                console);

        ParallelReports.write(reporters, RUN, (r, e) -> failures.put(r.kind(), e.getMessage()));

        assertTrue(good.written && console.written);
        assertEquals("disk full", failures.get("io"));
        assertTrue(failures.get("memory").contains("ran out of memory"), failures::toString);
        assertTrue(failures.get("bug").contains("internal error: x"), failures::toString);
        assertFalse(failures.values().stream().anyMatch(m -> m.contains("Error")), failures::toString);
        assertEquals(3, failures.size(), failures::toString);
    }

    /** A reporter that writes nothing, or breaks as told. */
    private static final class Fake implements Reporter {
        private final String kind;
        private final Throwable breaks;
        boolean file = true;
        volatile boolean written;

        Fake(String kind, Throwable breaks) {
            this.kind = kind;
            this.breaks = breaks;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public boolean writesFile() {
            return file;
        }

        @Override
        public void open(ReporterContext context) {
        }

        @Override
        public void runFinished(RunResult run) throws IOException {
            if (breaks instanceof IOException io) {
                throw io;
            }
            if (breaks instanceof Error error) {
                throw error;
            }
            written = true;
        }
    }
}
