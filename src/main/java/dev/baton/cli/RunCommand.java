package dev.baton.cli;

import dev.baton.engine.ShardSelection;
import dev.baton.http.RedirectFollowing;
import dev.baton.model.InvalidInputException;
import dev.baton.results.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code baton run}: runs collections and reports like a test suite. */
@Command(name = "run", description = "Run collections and report each step as a test.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Mixin
    NetworkOptions network;

    @Option(names = "--reporter", paramLabel = "KIND:FILE", description = "Also write a report; repeatable. "
            + "Kinds: junit (JUnit XML), json, html, otr (Open Test Reporting XML), env (the variables), and any "
            + "reporter on the class path (docs/reports.md).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--bail", description = "Stop at the first failed step.")
    boolean bail;

    @Option(names = "--timeout", paramLabel = "MILLIS", description = "How long one exchange may take, from "
            + "sending the request to the last byte of the body, in milliseconds (default: 30000).")
    long timeoutMillis = 30_000;

    @Option(names = "--delay", paramLabel = "MILLIS", description = "Pause between requests in milliseconds.")
    long delayMillis;

    @Option(names = "--max-redirects", paramLabel = "N", description = "Follow at most N redirects in a step that "
            + "follows them (default: 10); more is an error, \"too many redirects\".")
    int maxRedirects = RedirectFollowing.DEFAULT_LIMIT;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Run N collections or iterations at once; "
            + "steps of one iteration stay in order (default: 1).")
    int jobs = 1;

    @Option(names = "--export-env", paramLabel = "FILE", description = "Write the variables at the end of the run "
            + "as an environment file (secret values left out).")
    Path exportEnv;

    @Option(names = "--export-secrets", description = "With --export-env: write secret values too.")
    boolean exportSecrets;

    @Option(names = "--browser", paramLabel = "ENGINE", defaultValue = "${env:BATON_BROWSER}",
            description = "Who fills the sign-in pages of steps whose login: does not say: html (Baton's HTML driver, "
                    + "the default), headless (headless Chromium) or auto (the HTML driver, Chromium when a page "
                    + "needs JavaScript). Default: the BATON_BROWSER environment variable.")
    String browser;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run the I-th of N parts of the collections (or of "
            + "their iterations), as N CI machines do; 'baton merge' combines the parts' JSON reports.")
    String shard;

    @Option(names = "--shard-timings", paramLabel = "FILE", description = "With --shard: balance the parts by the "
            + "durations in an earlier run's JSON report (else by step counts).")
    Path shardTimings;

    @Option(names = "--report-body-limit", paramLabel = "KIB", description = "Reports show at most this many KiB "
            + "of each body (default: 256); the rest is cut, after masking.")
    Integer reportBodyLimit;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BatonCommand root;

    @Override
    public Integer call() throws Exception {
        if (timeoutMillis <= 0) {
            throw new InvalidInputException("--timeout must be a positive number of milliseconds");
        }
        if (delayMillis < 0) {
            throw new InvalidInputException("--delay must not be negative");
        }
        if (jobs < 1 || jobs > 64) {
            throw new InvalidInputException("--jobs must be from 1 to 64");
        }
        if (maxRedirects < 0 || maxRedirects > 1000) {
            throw new InvalidInputException("--max-redirects must be from 0 to 1000");
        }
        if (exportSecrets && exportEnv == null) {
            throw new InvalidInputException("--export-secrets goes with --export-env FILE");
        }
        if (shard != null) {
            Shard.parse(shard);
        } else if (shardTimings != null) {
            throw new InvalidInputException("--shard-timings goes with --shard I/N");
        }
        if (reportBodyLimit != null && (reportBodyLimit < 0 || reportBodyLimit > 1024 * 1024)) {
            throw new InvalidInputException("--report-body-limit must be from 0 to 1048576 KiB");
        }
        var settings = options.settings(bail, Duration.ofMillis(timeoutMillis), Duration.ofMillis(delayMillis), jobs,
                maxRedirects, network.settings(), dev.baton.engine.RunSettings.browser(browser),
                new ShardSelection(Optional.ofNullable(shard), Optional.ofNullable(shardTimings)));
        return new RunService(root.streams(), options.debug).run(
                CollectionPaths.expand(options.paths, root.streams().err()), settings, options.selection(), reporters,
                new RunService.Output(exportEnv, exportSecrets, Optional.ofNullable(reportBodyLimit)));
    }
}
