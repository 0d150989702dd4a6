package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.report.Reporters;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, before the first request, every file the run will write at its end: each {@code --reporter} target and
 * {@code --export-env}. They must be distinct files, not folders, and writable: a missing folder is created (as
 * Surefire does), then a probe file is made in it and removed, so a read-only place such as {@code /proc} fails now
 * and not after every request was sent.
 */
final class ReportTargets {

    private ReportTargets() {
    }

    /** @throws InvalidInputException naming the first target that cannot be written, or two that are the same */
    static void check(List<Reporters.Entry> reporters) {
        Map<Path, String> targets = new LinkedHashMap<>();
        for (Reporters.Entry entry : reporters) {
            if (entry.target() != null) {
                add(targets, entry.target(), entry.kind().equals("env") ? "--export-env " + entry.target()
                        : "--reporter " + entry);
            }
        }
        targets.forEach((target, option) -> probe(target));
    }

    private static void add(Map<Path, String> targets, Path target, String option) {
        Path absolute = target.toAbsolutePath().normalize();
        String earlier = targets.putIfAbsent(absolute, option);
        if (earlier != null) {
            throw new InvalidInputException(earlier + " and " + option + " write the same file " + target
                    + "; give each its own file");
        }
    }

    private static void probe(Path target) {
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("cannot write report " + target + ": it is a directory; give a file "
                    + "name such as " + target.resolve("baton.xml"));
        }
        try {
            Files.createDirectories(target.getParent());
            Files.delete(Files.createTempFile(target.getParent(), ".baton-probe", ".tmp"));
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof FileSystemException ? "not a folder Baton can write in" : e.getMessage();
            throw new InvalidInputException("cannot write report " + target + ": " + reason);
        }
    }
}
