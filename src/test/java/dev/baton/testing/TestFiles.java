package dev.baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes collection and environment files for tests, and finds lines in them. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code content} to {@code dir/name} (folders created) and returns the file's real path. */
    public static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment file with no variables and no sandbox, so that the repository's local.yaml is not used. */
    public static Path emptyEnvironment(Path dir) {
        return write(dir, "env/empty.yaml", "description: nothing\n");
    }

    /**
     * The repository's {@code environments/local.yaml} with the embedded sandbox given these switches (none: the
     * sandbox as it is), written to {@code dir}.
     */
    public static Path sandboxEnvironment(Path dir, String... switches) {
        try {
            String local = Files.readString(repositoryFile("environments/local.yaml"));
            String sandbox = switches.length == 0 ? "sandbox: embedded"
                    : "sandbox: {switches: [" + String.join(", ", switches) + "]}";
            return write(dir, "switched-" + String.join("-", switches) + ".yaml",
                    local.replace("sandbox: embedded", sandbox));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's local environment, pointed at a sandbox the test started (at {@code baseUrl}) instead. */
    public static Path startedSandboxEnvironment(Path dir, String baseUrl) {
        try {
            String local = Files.readString(repositoryFile("environments/local.yaml"));
            return write(dir, "started-sandbox.yaml", local.replace("sandbox: embedded\n", "")
                    .replace("<<sandbox.url>>", baseUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of {@code file} that contains {@code text}. */
    public static int lineOf(Path file, String text) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line of " + file + " contains '" + text + "'");
    }

    /** The 1-based column where {@code text} starts on the first line that contains it. */
    public static int columnOf(Path file, String text) {
        return lines(file).get(lineOf(file, text) - 1).indexOf(text) + 1;
    }

    /** {@code file:line:col} of the first occurrence of {@code text}, as Baton prints positions. */
    public static String positionOf(Path file, String text) {
        return file + ":" + lineOf(file, text) + ":" + columnOf(file, text);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's own file or folder, e.g. {@code collections/zoom-oauth-pkce.yaml}, as an absolute path. */
    public static Path repositoryFile(String relative) {
        Path file = Path.of(relative).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new AssertionError("the repository has no " + relative + " (working directory "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return file;
    }
}
