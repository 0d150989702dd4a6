package dev.baton.cli;

import dev.baton.importer.openapi.OpenApiImporter;
import dev.baton.load.LoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code baton import openapi SPEC}: a smoke collection of every operation of an OpenAPI 3.0 or 3.1 document. */
@Command(name = "openapi", description = "Write a smoke collection for an OpenAPI 3.0 or 3.1 document (YAML or "
        + "JSON): one step per operation.")
final class ImportOpenApiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The OpenAPI document, YAML or JSON.")
    Path spec;

    @Mixin
    ImportTarget target;

    @ParentCommand
    ImportCommand parent;

    @Override
    public Integer call() {
        var streams = parent.root.streams();
        OpenApiImporter.Result result;
        try {
            result = OpenApiImporter.read(spec);
        } catch (LoadException e) {
            streams.err().println(e.render());
            return ExitCodes.INVALID_INPUT;
        }
        return new ImportService(streams).write(target.folder(spec, "\\.(ya?ml|json)$"), target.force,
                result.files(), result.report(), Set.of(), result.toGive());
    }
}
