package dev.baton.cli;

import dev.baton.engine.NetworkSettings;
import dev.baton.engine.RunSettings;
import dev.baton.engine.ShardSelection;
import dev.baton.engine.StepSelection;
import dev.baton.http.RedirectFollowing;
import dev.baton.model.InvalidInputException;
import dev.baton.model.SignInEngine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options that {@code run} and {@code validate} share: what to load, with which variables and data. */
final class RunOptions {

    @Parameters(arity = "1..*", paramLabel = "<file|dir>", description = "Collection files, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "NAME|FILE",
            description = "Environment: a name in environments/ (dev, prod, local) or a file. Repeatable: later "
                    + "ones win a variable both set (--env shared --env dev). Default: local, when it exists.")
    List<String> environments = new ArrayList<>();

    @Option(names = "--var", paramLabel = "KEY=VALUE", description = "Set a variable; wins over every file.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--secret", paramLabel = "KEY=VALUE", description = "Set a secret variable: like --var, and "
            + "masked wherever Baton writes. Prefer an environment file's {env: NAME, secret: true} in CI.")
    Map<String, String> secrets = new LinkedHashMap<>();

    @Option(names = {"-n", "--iterations"}, paramLabel = "N", description = "Run each collection N times.")
    int iterations = 1;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE.csv|FILE.json",
            description = "One iteration per row; the row's fields are variables.")
    Path data;

    @Option(names = "--data-name", paramLabel = "COLUMN", description = "With --data: name each iteration by "
            + "this column as well as its number (#2 alice); a secret-looking column is refused.")
    String dataName;

    @Option(names = "--step", paramLabel = "NAME", description = "Run only this step; repeatable.")
    List<String> steps = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Run only steps with this tag; repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--debug", description = "Show every request and response (masked) on standard error, and stack "
            + "traces of internal errors.")
    boolean debug;

    RunSettings settings(boolean bail, Duration timeout, Duration delay, int jobs, int maxRedirects,
                         NetworkSettings network, SignInEngine browser, ShardSelection sharding) {
        if (iterations < 1 || iterations > 100_000) {
            throw new InvalidInputException("--iterations must be from 1 to 100000");
        }
        if (data != null && iterations != 1) {
            throw new InvalidInputException("--data runs one iteration per row; leave out --iterations");
        }
        if (dataName != null && data == null) {
            throw new InvalidInputException("--data-name goes with --data FILE");
        }
        Map<String, String> all = new LinkedHashMap<>();
        CommandLineVariables.check("--var", variables);
        CommandLineVariables.check("--secret", secrets);
        all.putAll(variables);
        for (String name : secrets.keySet()) {
            if (variables.containsKey(name)) {
                throw new InvalidInputException("'" + name + "' is given both as --var and as --secret");
            }
        }
        all.putAll(secrets);
        for (String environment : environments) {
            if (environment.contains(",")) {
                throw new InvalidInputException("--env " + environment + ": give each environment its own --env");
            }
        }
        return new RunSettings(environments, all, bail, timeout, delay, iterations,
                Optional.ofNullable(data), jobs, maxRedirects, network, secrets.keySet(), Optional.ofNullable(dataName),
                browser, sharding);
    }

    RunSettings settings() {
        return settings(false, RunSettings.DEFAULT_TIMEOUT, Duration.ZERO, 1, RedirectFollowing.DEFAULT_LIMIT,
                NetworkSettings.DEFAULT, SignInEngine.HTML, ShardSelection.NONE);
    }

    /** The steps {@code --step} and {@code --tag} choose. */
    StepSelection selection() {
        return new StepSelection(new LinkedHashSet<>(steps), new LinkedHashSet<>(tags));
    }
}
