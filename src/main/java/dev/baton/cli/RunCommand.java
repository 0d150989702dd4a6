package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code baton run}: runs collections and reports like a test suite. */
@Command(name = "run", description = "Run collections and report each step as a test.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--reporter", paramLabel = "junit:FILE", description = "Also write a report; repeatable. "
            + "Kinds: junit.")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--bail", description = "Stop at the first failed step.")
    boolean bail;

    @Option(names = "--timeout", paramLabel = "MILLIS", description = "Response timeout per request in "
            + "milliseconds (default: 30000).")
    long timeoutMillis = 30_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of milliseconds");
        }
        List<Path> junit = new ArrayList<>();
        for (String reporter : reporters) {
            junit.add(ReporterOption.junitTarget(reporter));
        }
        return new RunService(spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(CollectionPaths.expand(options.paths), options.settings(bail, Duration.ofMillis(timeoutMillis)),
                        junit);
    }
}
