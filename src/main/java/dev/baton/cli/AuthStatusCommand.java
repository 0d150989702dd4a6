package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code baton auth status}: whether tokens are kept and when they expire; hands off to {@link AuthStatusService}. */
@Command(name = "status", description = "Say whether tokens are kept for the environment's clientId, and when they "
        + "expire. Exit 0 when a usable token is kept, 1 when not.")
final class AuthStatusCommand implements Callable<Integer> {

    @Mixin
    AuthOptions options;

    @ParentCommand
    AuthCommand auth;

    @Override
    public Integer call() {
        return new AuthStatusService(auth.streams(), AuthTokenFolder.store()).status(options.request());
    }
}
