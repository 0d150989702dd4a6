package dev.baton.engine;

import dev.baton.report.Reporter;
import dev.baton.results.RunResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
            List<Future<?>> written = new ArrayList<>();
            for (Reporter reporter : files) {
                written.add(pool.submit(() -> finish(reporter, run, failed)));
            }
            reporters.stream().filter(r -> !r.writesFile()).forEach(r -> finish(r, run, failed));
            awaitAll(written);
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

    private static void awaitAll(List<Future<?>> written) {
        boolean interrupted = false;
        for (Future<?> report : written) {
            while (true) {
                try {
                    report.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
