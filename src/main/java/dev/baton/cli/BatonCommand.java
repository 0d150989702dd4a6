package dev.baton.cli;

import dev.baton.secret.Redactor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/** The {@code baton} command: entry point, subcommands, and the mapping of errors to exit codes. */
@Command(name = "baton", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "baton 0.1.0",
        description = "Run HTTP request collections, OAuth 2.0 PKCE flows included, and report like a test suite.",
        subcommands = {RunCommand.class, ValidateCommand.class, PkceCommand.class, SandboxCommand.class,
                AuthCommand.class})
public final class BatonCommand {

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        CommandLine cli = new CommandLine(new BatonCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        Redactor redactor = CommandLineSecrets.of(args);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + redactor.mask(e.getMessage()));
            err.println("see 'baton " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help'");
            return ExitCodes.INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                err.println("error: " + redactor.mask(e.getMessage()));
                return ExitCodes.INVALID_INPUT;
            }
            err.println("internal error: " + redactor.mask(debug ? String.valueOf(e)
                    : e.getMessage() == null ? "Baton failed without a message" : e.getMessage())
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(redactor.mask(trace.toString()));
            }
            return ExitCodes.INTERNAL;
        });
        if (args.length == 0) {
            cli.usage(out);
            return ExitCodes.INVALID_INPUT;
        }
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
