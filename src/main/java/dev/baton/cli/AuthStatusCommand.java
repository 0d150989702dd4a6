package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code baton auth status}: whether tokens are kept and when they expire; hands off to {@link AuthStatusService}. */
@Command(name = "status", description = "Say whether tokens are kept for the environment's clientId, and when they "
        + "expire. Exit 0 when a usable token is kept, 1 when not.")
final class AuthStatusCommand implements Callable<Integer> {

    @Mixin
    AuthOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new AuthStatusService(spec.commandLine().getOut(), spec.commandLine().getErr(),
                AuthTokenFolder.store()).status(options.request());
    }
}
