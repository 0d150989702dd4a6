package dev.baton.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options every {@code baton auth} command shares: which environment, {@code --var}, {@code --debug}. */
final class AuthOptions {

    @Option(names = {"-e", "--env"}, paramLabel = "NAME|FILE",
            description = "Environment: a name in environments/ (dev, prod, local) or a file. Default: local.")
    String environment = AuthRequest.DEFAULT_ENVIRONMENT;

    @Option(names = "--var", paramLabel = "KEY=VALUE", description = "Set a variable; wins over the environment.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    AuthRequest request() {
        return new AuthRequest(environment, variables, debug);
    }
}
