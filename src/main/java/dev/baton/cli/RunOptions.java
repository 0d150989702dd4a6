package dev.baton.cli;

import dev.baton.engine.RunSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options that {@code run} and {@code validate} share: what to load, and with which variables. */
final class RunOptions {

    @Parameters(arity = "1..*", paramLabel = "<file|dir>", description = "Collection files, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "NAME|FILE",
            description = "Environment: a name in environments/ (dev, prod, local) or a file. Default: local, "
                    + "when it exists.")
    String environment;

    @Option(names = "--var", paramLabel = "KEY=VALUE", description = "Set a variable; wins over every file.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    RunSettings settings(boolean bail, Duration timeout) {
        return new RunSettings(Optional.ofNullable(environment), variables, bail, timeout);
    }
}
