package dev.baton.cli;

import dev.baton.http.BatonVersion;
import dev.baton.model.InvalidInputException;
import dev.baton.report.Streams;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * The {@code baton} command: entry point, subcommands, and the mapping of errors to exit codes. Everything it
 * writes, on either stream, passes one output boundary, whose secrets the command line's own start
 * ({@link CommandLineSecrets}).
 */
@Command(name = "baton", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = BatonCommand.Version.class,
        description = "Run HTTP request collections, OAuth 2.0 PKCE flows included, and report like a test suite.",
        subcommands = {RunCommand.class, MergeCommand.class, AuditCommand.class, ValidateCommand.class,
                PkceCommand.class, SandboxCommand.class, AuthCommand.class, ImportCommand.class})
public final class BatonCommand {

    private Streams streams;

    /** {@code baton --version}: the version of the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"baton " + BatonVersion.current()};
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The streams every command writes to, through the output boundary. */
    Streams streams() {
        return streams;
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, Writer stdout, Writer stderr) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        Redactor secrets = CommandLineSecrets.of(args);
        OutputBoundary boundary = new OutputBoundary(secrets);
        PrintWriter out = boundary.writer(stdout);
        PrintWriter err = boundary.writer(stderr);
        BatonCommand root = new BatonCommand();
        root.streams = new Streams(boundary, out, err);
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + ParameterWording.of(e.getMessage()));
            err.println("see 'baton " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help'");
            return ExitCodes.INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof InvalidInputException) {
                err.println("error: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            return InternalFault.report(e, debug, err);
        });
        int code;
        if (args.length == 0) {
            cli.usage(out);
            code = ExitCodes.INVALID_INPUT;
        } else {
            code = cli.execute(args);
        }
        out.flush();
        err.flush();
        return code;
    }
}
