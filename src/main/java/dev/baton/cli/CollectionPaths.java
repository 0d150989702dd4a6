package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.load.CollectionFiles;
import dev.baton.load.FileKind;
import dev.baton.model.DisplayPath;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the paths given on the command line into collection files: a file is always a collection, a folder gives
 * the collections in it, and the other YAML files of a folder are named on {@code err} as left aside.
 */
final class CollectionPaths {

    private CollectionPaths() {
    }

    /** The collection files, or an {@link InvalidInputException} that says what is wrong. */
    static List<Path> expand(List<Path> paths, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                CollectionFiles.Folder folder = CollectionFiles.in(path);
                if (folder.collections().isEmpty()) {
                    throw new InvalidInputException("no collections (YAML files with 'steps:') in " + path
                            + (folder.skipped().isEmpty() ? "" : "; it holds only " + names(folder.skipped())));
                }
                if (!folder.skipped().isEmpty()) {
                    err.println("note: left aside " + names(folder.skipped()) + " in " + DisplayPath.of(path)
                            + ": not collections (no 'steps:')");
                }
                files.addAll(folder.collections());
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (FileKind.special(path).isPresent()) {
                throw new InvalidInputException(path + " " + FileKind.notRegular(FileKind.special(path).get()));
            } else {
                throw new InvalidInputException("no such file or directory: " + path);
            }
        }
        return files.stream().map(Path::normalize).distinct().toList();
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(DisplayPath::of).toList());
    }
}
