package dev.baton.cli;

import dev.baton.http.BatonVersion;
import dev.baton.load.LoadException;
import dev.baton.model.DisplayPath;
import dev.baton.model.InvalidInputException;
import dev.baton.report.Reporter;
import dev.baton.report.ReporterContext;
import dev.baton.report.Reporters;
import dev.baton.report.RunReplay;
import dev.baton.report.Streams;
import dev.baton.report.console.ConsoleReporter;
import dev.baton.report.json.RunJsonReader;
import dev.baton.results.RunResult;
import dev.baton.results.RunStatus;
import dev.baton.results.store.StoredRun;
import dev.baton.shard.ShardMerge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every shard's JSON report back into a result tree, checks that together they are one whole suite, merges
 * them ({@link ShardMerge}) and hands the merged tree to the same reporters a run uses. Nothing is written unless
 * every report reads and every target can be written.
 */
final class MergeService {

    private final Streams streams;

    MergeService(Streams streams) {
        this.streams = streams;
    }

    int merge(List<Path> reports, List<String> reporterOptions) {
        List<Reporters.Entry> entries = entries(reporterOptions, reports);
        ReportTargets.check(entries);
        List<StoredRun> read = new ArrayList<>();
        try {
            List<ShardMerge.Part> parts = new ArrayList<>();
            for (Path report : reports) {
                StoredRun run = RunJsonReader.read(report);
                read.add(run);
                parts.add(new ShardMerge.Part(DisplayPath.of(report), run.run()));
            }
            RunResult merged = ShardMerge.merge(parts);
            if (!write(merged, entries)) {
                return ExitCodes.INTERNAL;
            }
            streams.out().println("merged " + reports.size() + " report" + (reports.size() == 1 ? "" : "s") + ": "
                    + ConsoleReporter.summary(merged));
            return merged.status() == RunStatus.PASSED ? ExitCodes.PASSED : ExitCodes.FAILED;
        } catch (LoadException e) {
            streams.err().println(e.render());
            return ExitCodes.INVALID_INPUT;
        } catch (ShardMerge.MergeException e) {
            streams.err().println("error: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } finally {
            read.forEach(StoredRun::close);
        }
    }

    /** The reporters named, each a file other than the reports merged; console reporters have nothing to say. */
    private static List<Reporters.Entry> entries(List<String> options, List<Path> reports) {
        Reporters available = Reporters.available();
        List<Reporters.Entry> entries = new ArrayList<>();
        options.forEach(option -> entries.addAll(available.parse(option)));
        for (Reporters.Entry entry : entries) {
            if (entry.target() == null) {
                throw new InvalidInputException("--reporter " + entry.kind() + " writes to the console; merge "
                        + "writes files: give KIND:FILE");
            }
            if (entry.kind().equals("env")) {
                throw new InvalidInputException("--reporter env: JSON reports do not hold the variables; export "
                        + "them from each shard's run (--export-env FILE)");
            }
            for (Path report : reports) {
                if (sameFile(report, entry.target())) {
                    throw new InvalidInputException("--reporter " + entry + " would write over the shard report "
                            + report + "; give it another file");
                }
            }
        }
        for (Path report : reports) {
            if (!Files.isRegularFile(report)) {
                throw new InvalidInputException(Files.isDirectory(report) ? report + " is a directory; give the "
                        + "JSON report of each shard" : "no such file: " + report);
            }
        }
        return entries;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Writes every report; says which could not be written (each replaces its target whole, or not at all). */
    private boolean write(RunResult merged, List<Reporters.Entry> entries) {
        Reporters available = Reporters.available();
        String version = BatonVersion.current();
        boolean written = true;
        for (Reporters.Entry entry : entries) {
            Reporter reporter = available.create(entry);
            try {
                reporter.open(new ReporterContext(entry.target(), streams, version, key -> Optional.empty()));
                RunReplay.replay(merged, reporter);
            } catch (IOException | RuntimeException e) {
                streams.err().println("error: the " + entry.kind() + " report could not be written: "
                        + e.getMessage());
                written = false;
            }
        }
        return written;
    }
}
