package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code baton import}: collections of other tools as Baton collections. Alone, prints its usage. */
@Command(name = "import", description = "Turn a Postman collection, a curl command line or an OpenAPI document into "
        + "Baton collections.", subcommands = {ImportPostmanCommand.class, ImportCurlCommand.class,
        ImportOpenApiCommand.class})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    BatonCommand root;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
