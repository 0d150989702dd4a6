package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.importer.ImportCheck;
import dev.baton.importer.ImportReport;
import dev.baton.importer.ImportedFile;
import dev.baton.importer.OutputFolder;
import dev.baton.report.Streams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes what an importer made: registers its secrets with the output boundary, adds {@code import-report.md},
 * writes everything to the output folder whole (checked with Baton's loader in a temporary folder first), and prints
 * the report.
 */
final class ImportService {

    static final String REPORT_FILE = "import-report.md";

    private final Streams streams;

    ImportService(Streams streams) {
        this.streams = streams;
    }

    /** Writes the files and the report into {@code out}. */
    int write(Path out, boolean force, List<ImportedFile> files, ImportReport report, Set<String> secrets,
              Set<String> toGive) {
        secrets.forEach(streams.boundary().secrets()::add);
        OutputFolder folder = new OutputFolder(out, force);
        List<String> paths = new ArrayList<>(files.stream().map(ImportedFile::path).toList());
        paths.add(REPORT_FILE);
        folder.checkTarget(paths);
        report.written(REPORT_FILE, "report", "import report", 0);
        List<ImportedFile> all = new ArrayList<>(files);
        all.add(new ImportedFile(REPORT_FILE, ImportedFile.Kind.REPORT, streams.boundary().text(report.markdown())));
        try {
            folder.write(all, staging -> ImportCheck.check(staging, all, toGive));
        } catch (IOException e) {
            throw new InvalidInputException("cannot write to " + out + ": " + e.getMessage());
        }
        streams.out().print(report.console().replace("  wrote ", "  wrote " + display(out)));
        streams.out().flush();
        return ExitCodes.PASSED;
    }

    private static String display(Path out) {
        String shown = out.toString();
        return shown.isEmpty() || shown.equals(".") ? "" : shown.endsWith("/") ? shown : shown + "/";
    }
}
