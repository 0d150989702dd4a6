package dev.baton.importer;

import dev.baton.model.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts an import's files into the output folder whole or not at all: they are written to a temporary folder beside
 * it, checked there, and only then moved in, each by an atomic rename. Files already in the folder are replaced only
 * when asked; otherwise nothing is written and the error names them.
 */
public final class OutputFolder {

    /** What is checked in the temporary folder before anything is moved into place. */
    @FunctionalInterface
    public interface Check {
        void check(Path folder) throws IOException;
    }

    private final Path target;
    private final boolean replace;

    /** The folder {@code target}; {@code replace} lets files of the same names already there be replaced. */
    public OutputFolder(Path target, boolean replace) {
        this.target = target.toAbsolutePath().normalize();
        this.replace = replace;
    }

    /**
     * Refuses a target that cannot take the files, before any work is done.
     *
     * @throws IllegalArgumentException when the target is a file, or holds one of the files and replacing is off
     */
    public void checkTarget(List<String> paths) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException("--out " + target + " is a file, not a folder");
        }
        List<String> taken = paths.stream().filter(p -> Files.exists(target.resolve(p))).toList();
        if (!taken.isEmpty() && !replace) {
            throw new InvalidInputException(target.resolve(taken.get(0)) + " already exists"
                    + (taken.size() > 1 ? " (and " + (taken.size() - 1) + " more of the files to write)" : "")
                    + "; pass --force to replace, or choose another --out folder. Nothing was written.");
        }
    }

    /** Writes the files, checks them, and moves them into the target folder. */
    public void write(List<ImportedFile> files, Check check) throws IOException {
        checkTarget(files.stream().map(ImportedFile::path).toList());
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".import-");
        try {
            for (ImportedFile file : files) {
                Path path = staging.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content(), StandardCharsets.UTF_8);
            }
            check.check(staging);
            moveIn(staging, files);
        } finally {
            delete(staging);
        }
    }

    private void moveIn(Path staging, List<ImportedFile> files) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException e) {
                // made meanwhile: move file by file below
            }
        }
        List<Path> moved = new ArrayList<>();
        for (ImportedFile file : files) {
            Path to = target.resolve(file.path());
            Files.createDirectories(to.getParent());
            if (!replace && Files.exists(to)) {
                throw new InvalidInputException(to + " appeared while importing; nothing more was moved into "
                        + target + " (moved so far: " + moved.size() + " files)");
            }
            Files.move(staging.resolve(file.path()), to, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved.add(to);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + folder, e);
        }
    }
}
