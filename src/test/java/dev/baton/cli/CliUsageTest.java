package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit code 2 for bad usage, and the {@code pkce} command. Nothing here sends a request. */
class CliUsageTest {

    /** RFC 7636, Appendix B. */
    private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @TempDir
    Path dir;

    @Test
    void noArgumentsPrintsTheUsageAndExits2() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Usage: baton"), run::toString);
        assertTrue(run.out().contains("run") && run.out().contains("validate") && run.out().contains("pkce"),
                run::toString);
    }

    @Test
    void versionAndHelpExit0() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().contains("baton"), version::toString);
        CliRun help = CliRun.of("run", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("--reporter"), help::toString);
    }

    @Test
    void anUnknownOptionExits2AndSaysWhichOption() {
        Path file = TestFiles.write(dir, "c.yaml", "name: C\nsteps:\n  - name: S\n    request:\n      url: http://127.0.0.1:9/\n");
        CliRun run = CliRun.of("run", file.toString(), "--frobnicate");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--frobnicate"), run::toString);
        assertTrue(run.err().contains("baton run --help"), run::toString);
        assertTrue(run.out().isBlank(), run::toString);
    }

    @Test
    void anUnknownSubcommandExits2() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("frobnicate"), run::toString);
    }

    @Test
    void runWithoutAPathExits2() {
        CliRun run = CliRun.of("run");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("<file|dir>"), run::toString);
    }

    @Test
    void aMissingFileExits2() {
        Path missing = dir.resolve("missing.yaml");
        CliRun run = CliRun.of("run", missing.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no such file or directory: " + missing), run::toString);
    }

    @Test
    void aDirectoryWithNoCollectionsExits2() {
        TestFiles.write(dir, "empty/notes.txt", "nothing to run");
        CliRun run = CliRun.of("run", dir.resolve("empty").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no collections"), run::toString);
        CliRun validate = CliRun.of("validate", dir.resolve("empty").toString());
        assertEquals(2, validate.exitCode(), validate::toString);
    }

    @Test
    void aNonPositiveTimeoutExits2() {
        Path file = TestFiles.write(dir, "c.yaml", "name: C\nsteps:\n  - name: S\n    request:\n      url: http://127.0.0.1:9/\n");
        CliRun run = CliRun.of("run", file.toString(), "--timeout", "0");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--timeout"), run::toString);
    }

    @Test
    void pkcePrintsAFreshVerifierChallengeAndState() {
        CliRun run = CliRun.of("pkce");
        assertEquals(0, run.exitCode(), run::toString);
        Map<String, String> values = keyValues(run.out());
        String verifier = values.get("code_verifier");
        assertTrue(verifier.matches("[A-Za-z0-9._~-]{43,128}"), verifier);
        assertEquals(s256(verifier), values.get("code_challenge"));
        assertEquals("S256", values.get("code_challenge_method"));
        assertTrue(values.get("state").matches("[A-Za-z0-9_-]{20,}"), values.get("state"));

        Map<String, String> again = keyValues(CliRun.of("pkce").out());
        assertNotEquals(verifier, again.get("code_verifier"), "each run makes a new verifier");
        assertNotEquals(values.get("state"), again.get("state"), "each run makes a new state");
    }

    @Test
    void pkceWithTheRfcVerifierPrintsTheRfcChallenge() {
        CliRun run = CliRun.of("pkce", "--verifier", RFC_VERIFIER);
        assertEquals(0, run.exitCode(), run::toString);
        Map<String, String> values = keyValues(run.out());
        assertEquals(RFC_VERIFIER, values.get("code_verifier"));
        assertEquals(RFC_CHALLENGE, values.get("code_challenge"));
        assertEquals("S256", values.get("code_challenge_method"));
        assertFalse(values.containsKey("state"), "no state for a given verifier: " + run);
    }

    @Test
    void pkcePlainUsesTheVerifierAsTheChallenge() {
        Map<String, String> given = keyValues(CliRun.of("pkce", "--method", "plain", "--verifier", RFC_VERIFIER).out());
        assertEquals(RFC_VERIFIER, given.get("code_challenge"));
        assertEquals("plain", given.get("code_challenge_method"));

        CliRun fresh = CliRun.of("pkce", "--method", "plain");
        assertEquals(0, fresh.exitCode(), fresh::toString);
        Map<String, String> values = keyValues(fresh.out());
        assertEquals(values.get("code_verifier"), values.get("code_challenge"));
    }

    @Test
    void pkceWithAnInvalidVerifierExits2WithoutEchoingIt() {
        String badCharacter = "abcdefghijklmnopqrstuvwxyz+ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        CliRun run = CliRun.of("pkce", "--verifier", badCharacter);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: "), run::toString);
        assertFalse(run.all().contains(badCharacter), run::toString);
        assertFalse(run.out().contains("code_challenge="), run::toString);

        CliRun tooShort = CliRun.of("pkce", "--verifier", "tooShortVerifier");
        assertEquals(2, tooShort.exitCode(), tooShort::toString);
        assertTrue(tooShort.err().contains("43"), tooShort::toString);
    }

    @Test
    void pkceWithAnUnknownMethodExits2() {
        CliRun run = CliRun.of("pkce", "--method", "S512");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("S256 or plain"), run::toString);
    }

    private static Map<String, String> keyValues(String out) {
        Map<String, String> values = new LinkedHashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> values.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return values;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
