package dev.baton.examples;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code examples/documents/documents.yaml} through the CLI against the server it is written for. */
class DocumentsExampleTest {

    private static final Path EXAMPLE = TestFiles.repositoryFile("examples/documents/documents.yaml");

    @Test
    void theExampleRunsGreenAgainstItsServer(@TempDir Path dir) throws Exception {
        try (DocumentsServer server = DocumentsServer.start("not-a-real-key", dir.resolve("uploads"))) {
            CliRun run = CliRun.of("run", EXAMPLE.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + server.baseUrl(), "--reporter", "json:" + dir.resolve("r.json"));
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("2 passed, 0 failed"), run::toString);
            String expires = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            assertTrue(TestFiles.read(dir.resolve("r.json")).contains("\"expires\": \"" + expires + "\""),
                    TestFiles.read(dir.resolve("r.json")));
            assertFalse(run.all().contains("not-a-real-key"), run::toString);
        }
    }

    @Test
    void aWrongSigningKeyFailsTheUploadAndSkipsWhatNeedsIt(@TempDir Path dir) throws Exception {
        try (DocumentsServer server = DocumentsServer.start("another-key", dir.resolve("uploads"))) {
            CliRun run = CliRun.of("run", EXAMPLE.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + server.baseUrl());
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.out().contains("status: expected equals 201 but was 401"), run::toString);
            assertTrue(run.out().contains("needs <<reportId>>, which step 'Upload a report' failed to capture"),
                    run::toString);
        }
    }
}
