package dev.baton.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of the pages of one headless sign-in, kept in memory and written only when it fails: into a new folder
 * under {@code BATON_SCREENSHOTS} (or the system's temporary folder), as {@code 01-page.png}, {@code 02-page.png}
 * ... and the page where it failed last. File names hold a number and nothing the server or the step said.
 */
final class Screenshots {

    private final List<byte[]> pages = new ArrayList<>();

    void add(byte[] png) {
        pages.add(png);
    }

    /** Writes the pictures and the failed page's; returns the files, or none when they could not be written. */
    List<Path> write(byte[] failedPage) {
        List<Path> files = new ArrayList<>();
        try {
            String parent = System.getenv("BATON_SCREENSHOTS");
            Path base = parent == null || parent.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"))
                    : Files.createDirectories(Path.of(parent));
            Path folder = Files.createTempDirectory(base, "baton-sign-in-");
            for (int i = 0; i < pages.size(); i++) {
                files.add(Files.write(folder.resolve(String.format("%02d-page.png", i + 1)), pages.get(i)));
            }
            if (failedPage != null) {
                files.add(Files.write(folder.resolve(String.format("%02d-failed.png", pages.size() + 1)),
                        failedPage));
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return files;
        }
    }
}
