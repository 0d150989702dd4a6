package dev.baton.cli;

import dev.baton.audit.probes.Probes;
import dev.baton.engine.ShardSelection;
import dev.baton.http.RedirectFollowing;
import dev.baton.model.InvalidInputException;
import dev.baton.load.CollectionLoader;
import dev.baton.load.LoadException;
import dev.baton.model.SignInEngine;
import dev.baton.template.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code baton audit}: runs Baton's probes against the server an audit file names (docs/audit.md), each probe a
 * test that passes, fails, does not apply or cannot tell, with the RFC section it checks.
 */
@Command(name = "audit", description = "Check what an authorization server enforces: PKCE, codes, redirect URIs, "
        + "state, iss, refresh tokens, grants, framing (docs/audit.md).")
final class AuditCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Mixin
    NetworkOptions network;

    @Option(names = "--reporter", paramLabel = "KIND:FILE", description = "Also write a report; repeatable: junit, "
            + "json, html, otr.")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--probe", paramLabel = "ID", description = "Run only this probe; repeatable.")
    List<String> probes = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "MILLIS", description = "How long one exchange may take, in "
            + "milliseconds (default: 30000).")
    long timeoutMillis = 30_000;

    @ParentCommand
    BatonCommand root;

    @Override
    public Integer call() {
        if (timeoutMillis <= 0) {
            throw new InvalidInputException("--timeout must be a positive number of milliseconds");
        }
        for (String probe : probes) {
            if (Probes.byId(probe).isEmpty()) {
                throw new InvalidInputException("--probe: unknown probe '" + probe + "'" + Suggestions
                        .didYouMean(probe, Probes.ids()).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; the probes are: " + String.join(", ", Probes.ids())));
            }
        }
        options.tags.addAll(probes);
        List<Path> files = CollectionPaths.expand(options.paths, root.streams().err());
        for (Path file : files) {
            requireAudit(file);
        }
        var settings = options.settings(false, Duration.ofMillis(timeoutMillis), Duration.ZERO, 1,
                RedirectFollowing.DEFAULT_LIMIT, network.settings(), SignInEngine.HTML, ShardSelection.NONE);
        return new RunService(root.streams(), options.debug).run(files, settings, options.selection(), reporters,
                new RunService.Output(null, false, Optional.empty()));
    }

    /** A collection of requests is run with {@code baton run}; one that does not load is reported by the run. */
    private static void requireAudit(Path file) {
        try {
            if (new CollectionLoader().load(file).steps().stream().noneMatch(s -> s.probe() != null)) {
                throw new InvalidInputException(file + " is a collection, not an audit file (it has no 'audit:' "
                        + "block); run it with 'baton run'");
            }
        } catch (LoadException e) {
            // the run renders it with its line and caret
        }
    }
}
