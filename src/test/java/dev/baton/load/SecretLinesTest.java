package dev.baton.load;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error on a line that holds a written secret shows the line with the secret hidden, and nothing else. */
class SecretLinesTest {

    @Test
    void aCollectionErrorHidesTheSecretOnItsLine(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "c.yaml", """
                name: secrets
                vars:
                  password: hunter2-the-secret
                  password: hunter2-the-secret
                steps:
                  - name: a
                    request: {url: "http://127.0.0.1:1/"}
                """);

        CliRun run = CliRun.of("validate", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("duplicate key 'password'"), run::toString);
        assertTrue(run.err().contains("4 |   password: (value hidden)"), run::toString);
        assertFalse(run.all().contains("hunter2-the-secret"), run::toString);
    }

    @Test
    void placeholdersAndCapturesAreShownAsWritten(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "c.yaml", """
                name: shown
                steps:
                  - name: a
                    request: {url: "http://127.0.0.1:1/", bearer: <<accesToken>>}
                    capture:
                      accessToken: {json: $.access_token}
                """);

        CliRun run = CliRun.of("validate", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("undefined variable 'accesToken'"), run::toString);
        assertTrue(run.err().contains("bearer: <<accesToken>>}"), run::toString);
    }

    @Test
    void theCaretStaysUnderTheSpotOnceASecretBeforeItIsHidden(@TempDir Path dir) {
        Path collection = TestFiles.write(dir, "c.yaml", """
                name: caret
                steps:
                  - name: a
                    request:
                      url: "http://127.0.0.1:1/?client_secret=a-rather-long-literal-secret&x=<<nope>>"
                      headers: {X-Api-Key: another-long-literal-key-1234567890, X-Other: <<nope2>>}
                """);

        CliRun run = CliRun.of("validate", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());

        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(run.all().contains("a-rather-long-literal-secret"), run::toString);
        assertEquals("<<nope>>", underCaret(run.err(), "c.yaml:5:"), run::toString);
        assertEquals("<<nope2>>", underCaret(run.err(), "c.yaml:6:"), run::toString);
    }

    /** The text from the caret to the end of the quoted line, in the error at {@code where}. */
    private static String underCaret(String err, String where) {
        String[] lines = err.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(where)) {
                String quoted = lines[i + 2].substring(lines[i + 2].indexOf(" | ") + 3);
                int caret = lines[i + 3].indexOf('^') - lines[i + 3].indexOf(" | ") - 3;
                String rest = caret >= 0 && caret <= quoted.length() ? quoted.substring(caret) : "(past the end)";
                return rest.replaceAll("^(<<[^>]*>>).*$", "$1");
            }
        }
        return "(no error at " + where + ")";
    }
}
