package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.importer.postman.PostmanImporter;
import dev.baton.load.LoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code baton import postman COLLECTION.json}: a Postman collection and its environments as Baton files. */
@Command(name = "postman", description = "Import a Postman collection (format v2.0 or v2.1) and its environments.")
final class ImportPostmanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COLLECTION.json", description = "The exported Postman collection.")
    Path collection;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV.json", description = "A Postman environment to "
            + "import too; repeatable.")
    List<Path> environments = new ArrayList<>();

    @Option(names = "--folders", paramLabel = "collections|tags", description = "Folders become one collection "
            + "each (default) or tags of one collection.")
    String folders = "collections";

    @Mixin
    ImportTarget target;

    @ParentCommand
    ImportCommand parent;

    @Override
    public Integer call() {
        PostmanImporter.Folders mode = switch (folders) {
            case "collections" -> PostmanImporter.Folders.COLLECTIONS;
            case "tags" -> PostmanImporter.Folders.TAGS;
            default -> throw new InvalidInputException("--folders must be 'collections' or 'tags', not '" + folders
                    + "'");
        };
        var streams = parent.root.streams();
        PostmanImporter.Result result;
        try {
            result = PostmanImporter.read(collection, new PostmanImporter.Options(environments, mode));
        } catch (LoadException e) {
            streams.err().println(e.render());
            return ExitCodes.INVALID_INPUT;
        }
        return new ImportService(streams).write(target.folder(collection, "(\\.postman_collection)?\\.json$"),
                target.force, result.files(), result.report(), result.secrets(), result.toGive());
    }
}
