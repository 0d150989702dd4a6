package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code baton auth logout}: deletes the kept tokens; hands off to {@link LogoutService}. */
@Command(name = "logout", description = "Delete the tokens 'baton auth login' kept for the environment's clientId.")
final class LogoutCommand implements Callable<Integer> {

    @Mixin
    AuthOptions options;

    @ParentCommand
    AuthCommand auth;

    @Override
    public Integer call() {
        return new LogoutService(auth.streams(), AuthTokenFolder.store()).logout(options.request());
    }
}
