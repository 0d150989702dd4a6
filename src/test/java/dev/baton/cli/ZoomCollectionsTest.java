package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every collection of the repository, from the CLI, against the embedded sandbox (the default). */
class ZoomCollectionsTest {

    @Test
    void everyCollectionPassesWithOneTestcasePerStep(@TempDir Path dir) {
        Path report = dir.resolve("baton.xml");

        CliRun run = CliRun.of("run", TestFiles.repositoryFile("collections").toString(),
                "--env", TestFiles.repositoryFile("environments/local.yaml").toString(),
                "--reporter", "junit:" + report);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().strip().endsWith("28 passed, 0 failed"), run::toString);
        JUnitXml xml = JUnitXml.parse(report);
        assertEquals(28, xml.testcases().size());
        assertEquals(0, xml.count("failures") + xml.count("errors") + xml.count("skipped"));
        assertEquals("Baton catches a tampered state",
                xml.testcases().stream().filter(t -> t.classname().equals("Zoom OAuth PKCE conformance"))
                        .reduce((a, b) -> b).orElseThrow().name());
        String written = TestFiles.read(report) + run.all();
        assertFalse(written.contains("sandbox-client-secret"));
        assertFalse(written.contains("sandbox-password"));
        assertFalse(written.contains("eyJ"), "no ID token, nor any part of one");
    }
}
