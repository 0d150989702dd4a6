package dev.baton.cli;

import dev.baton.engine.BatonTestEngine;
import dev.baton.load.FileKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Expands the paths given on the command line into collection files. */
final class CollectionPaths {

    private CollectionPaths() {
    }

    /** The collection files, or an {@link IllegalArgumentException} that says what is wrong. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = BatonTestEngine.collectionsIn(path);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("no collections (*.yaml, *.yml) in " + path);
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (FileKind.special(path).isPresent()) {
                throw new IllegalArgumentException(path + " " + FileKind.notRegular(FileKind.special(path).get()));
            } else {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
        }
        return files.stream().map(Path::normalize).distinct().toList();
    }
}
