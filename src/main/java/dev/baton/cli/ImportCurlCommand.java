package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.importer.ImportCheck;
import dev.baton.importer.curl.CurlImporter;
import dev.baton.importer.yaml.YamlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code baton import curl 'curl ...'}: prints the Baton step of a curl command line. */
@Command(name = "curl", description = "Print the Baton step that sends what a curl command line sends; secrets "
        + "become variables.")
final class ImportCurlCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The curl command line, quoted as one "
            + "argument, or its words after --.")
    List<String> words = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "Read the command line from a file.")
    Path file;

    @ParentCommand
    ImportCommand parent;

    @Override
    public Integer call() {
        if (file != null && !words.isEmpty()) {
            throw new InvalidInputException("give the curl command line or --file, not both");
        }
        if (file == null && words.isEmpty()) {
            throw new InvalidInputException("give the curl command line, quoted: baton import curl 'curl ...'");
        }
        CurlImporter.Result result = file != null ? CurlImporter.read(read(file))
                : words.size() == 1 ? CurlImporter.read(words.get(0)) : CurlImporter.readWords(words);
        var streams = parent.root.streams();
        result.values().forEach(streams.boundary().secrets()::add);
        ImportCheck.checkStep(result.step(), result.variables());
        List<String> header = new ArrayList<>();
        header.add("A step made by baton import curl; paste it under 'steps:' of a collection.");
        if (!result.secrets().isEmpty()) {
            header.add("Secrets of the command line are not printed: give " + String.join(", ", result.secrets())
                    + " in an environment ({env: NAME, secret: true}) or with --secret NAME=VALUE.");
        }
        List<String> others = result.variables().stream().filter(v -> !result.secrets().contains(v)).toList();
        if (!others.isEmpty()) {
            header.add("Give the variables " + String.join(", ", others) + " (they were $NAME in the command line).");
        }
        result.notes().forEach(n -> header.add("Note: " + n + "."));
        streams.out().print(YamlWriter.writeItem(header, result.step()));
        streams.out().flush();
        return ExitCodes.PASSED;
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("cannot read " + file + ": no such file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
