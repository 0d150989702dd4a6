package dev.baton.cli;

import dev.baton.importer.Slugs;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of {@code baton import} commands that write a folder: {@code --out} and {@code --force}. */
final class ImportTarget {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write (default: a folder named "
            + "after the input file).")
    Path out;

    @Option(names = "--force", description = "Replace files of the same names in the output folder.")
    boolean force;

    /** {@code --out}, else a folder named after the input file without the ending {@code suffix} (a regex). */
    Path folder(Path input, String suffix) {
        return out != null ? out : Path.of(Slugs.of(input.getFileName().toString().replaceFirst(suffix, ""),
                "imported"));
    }
}
