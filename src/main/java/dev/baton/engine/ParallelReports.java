package dev.baton.engine;

import dev.baton.report.Reporter;
import dev.baton.results.RunResult;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Hands the finished run to every reporter at once: the file reporters each on a thread of its own, as each walks
 * the whole tree and none depends on another (so the reports take about as long as the longest of them, or their
 * sum over the processors), the console reporters on the calling thread, in their order. Returns only when every
 * report is written, also when the calling thread is interrupted meanwhile, so a report is never left half written.
 */
final class ParallelReports {

    private ParallelReports() {
    }

    /** Gives {@code run} to each reporter; a reporter that cannot write is told to {@code failed}. */
    static void write(List<Reporter> reporters, RunResult run, BiConsumer<Reporter, Exception> failed) {
        List<Reporter> files = reporters.stream().filter(Reporter::writesFile).toList();
        if (files.size() <= 1) {
            reporters.forEach(r -> finish(r, run, failed));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(files.size(), task -> {
            Thread thread = new Thread(task, "baton-report");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Reporter, Future<?>> written = new LinkedHashMap<>();
            for (Reporter reporter : files) {
                written.put(reporter, pool.submit(() -> finish(reporter, run, failed)));
            }
            reporters.stream().filter(r -> !r.writesFile()).forEach(r -> finish(r, run, failed));
            awaitAll(written, failed);
        } finally {
            pool.shutdown();
        }
    }

    private static void finish(Reporter reporter, RunResult run, BiConsumer<Reporter, Exception> failed) {
        try {
            reporter.runFinished(run);
        } catch (IOException | RuntimeException e) {
            failed.accept(reporter, e);
        }
    }

    /** Waits for every report; one that broke with a JVM error fails by name too, rather than go missing unsaid. */
    private static void awaitAll(Map<Reporter, Future<?>> written, BiConsumer<Reporter, Exception> failed) {
        boolean interrupted = false;
        for (Map.Entry<Reporter, Future<?>> report : written.entrySet()) {
            while (true) {
                try {
                    report.getValue().get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failed.accept(report.getKey(), new IllegalStateException(why(e.getCause()), e.getCause()));
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String why(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "Baton ran out of memory (give it more with BATON_JAVA_OPTS=-Xmx2g)";
        }
        return "it stopped on an internal error" + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
