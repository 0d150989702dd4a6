package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 defect 8: the natural layout of a test folder (a collection, a conformance collection, an environment
 * and a server's {@code application.yml}) validates and runs as a folder; the files that are not collections are
 * left aside and named; a file named on the command line is always a collection.
 */
class FolderTest {

    private static Path folder(Path dir) throws IOException {
        Files.copy(TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml"), dir.resolve("collection.yaml"));
        Files.copy(TestFiles.repositoryFile("collections/zoom-oauth-pkce-conformance.yaml"),
                dir.resolve("conformance.yaml"));
        Files.copy(TestFiles.repositoryFile("environments/local.yaml"), dir.resolve("env.yaml"));
        Files.writeString(dir.resolve("application.yml"), "server:\n  port: 8080\nspring:\n  main: {banner-mode: off}\n");
        Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
        return dir;
    }

    @Test
    void validateTakesTheCollectionsAndNamesTheFilesLeftAside(@TempDir Path dir) throws IOException {
        folder(dir);
        CliRun run = CliRun.of("validate", dir.toString(), "--env", dir.resolve("env.yaml").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 collections valid"), run::toString);
        assertTrue(run.err().contains("note: left aside"), run::toString);
        assertTrue(run.err().contains("application.yml") && run.err().contains("env.yaml")
                && run.err().contains("list.yaml"), run::toString);
    }

    @Test
    void runTakesTheCollections(@TempDir Path dir) throws IOException {
        folder(dir);
        CliRun run = CliRun.of("run", dir.toString(), "--env", dir.resolve("env.yaml").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Zoom OAuth PKCE conformance"), run::toString);
    }

    @Test
    void aFileNamedOnTheCommandLineIsAlwaysACollection(@TempDir Path dir) throws IOException {
        folder(dir);
        CliRun run = CliRun.of("validate", dir.resolve("application.yml").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown key 'server'"), run::toString);
    }

    @Test
    void aBrokenYamlFileInAFolderIsShownNotPassedOver(@TempDir Path dir) throws IOException {
        folder(dir);
        Files.writeString(dir.resolve("broken.yaml"), "name: x\nsteps: [\n");
        CliRun run = CliRun.of("validate", dir.toString(), "--env", dir.resolve("env.yaml").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("broken.yaml:"), run::toString);
    }

    @Test
    void aFolderWithoutCollectionsIsABadArgument(@TempDir Path dir) throws IOException {
        Files.copy(TestFiles.repositoryFile("environments/local.yaml"), dir.resolve("env.yaml"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no collections (YAML files with 'steps:') in"), run::toString);
        assertTrue(run.err().contains("it holds only"), run::toString);
    }
}
