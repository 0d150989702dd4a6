package dev.baton.cli;

import dev.baton.report.Streams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code baton auth}: the interactive sign-in commands. Alone, prints their usage. */
@Command(name = "auth", description = "Sign in with a browser and keep the tokens for 'baton run' (auth type login).",
        subcommands = {LoginCommand.class, LogoutCommand.class, AuthStatusCommand.class})
final class AuthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    BatonCommand root;

    /** The command line's streams, through its one output boundary. */
    Streams streams() {
        return root.streams();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
