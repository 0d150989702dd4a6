package dev.baton.audit;

import dev.baton.audit.probes.Probes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every probe can fail: against the strict sandbox each one passes, and each weak mode of the sandbox makes the probe
 * it was made for fail, through {@code baton audit} and its JSON report.
 */
class SandboxAuditTest {

    private static final String AUDIT = "audits/sandbox.yaml";

    /** The sandbox switch that breaks each requirement, and the probes it must make fail. */
    static Stream<Arguments> weakModes() {
        return Stream.of(
                Arguments.of("accept-plain", Set.of("pkce-plain")),
                Arguments.of("optional-pkce", Set.of("pkce-required")),
                Arguments.of("ignore-verifier", Set.of("pkce-wrong-verifier", "pkce-missing-verifier")),
                Arguments.of("pkce-downgrade", Set.of("pkce-downgrade", "pkce-required")),
                Arguments.of("reusable-codes", Set.of("code-reuse", "code-reuse-revokes")),
                Arguments.of("keep-tokens-on-replay", Set.of("code-reuse-revokes")),
                Arguments.of("codes-any-client", Set.of("code-bound-to-client")),
                Arguments.of("prefix-redirect-uris", Set.of("redirect-uri-exact")),
                Arguments.of("open-redirect", Set.of("open-redirect", "redirect-uri-exact")),
                Arguments.of("drop-state", Set.of("state-returned")),
                Arguments.of("no-iss", Set.of("iss-parameter")),
                Arguments.of("no-refresh-rotation", Set.of("refresh-rotation")),
                Arguments.of("implicit", Set.of("implicit-disabled")),
                Arguments.of("password-grant", Set.of("password-grant-disabled")),
                Arguments.of("frameable", Set.of("clickjacking")),
                Arguments.of("id-token-alg-none", Set.of("id-token-signed")),
                Arguments.of("id-token-tampered", Set.of("id-token-signed")),
                Arguments.of("redirect-307", Set.of("no-307")),
                Arguments.of("cors-authorize", Set.of("no-cors-authorization")),
                Arguments.of("http-endpoints", Set.of("https-endpoints")));
    }

    @Test
    void theStrictSandboxPassesEveryProbe(@TempDir Path dir) throws Exception {
        AuditRun run = AuditRun.of(dir, AUDIT);

        assertEquals(Probes.ids(), List.copyOf(run.outcomes().keySet()), run.console());
        run.outcomes().forEach((id, outcome) -> assertEquals("PASSED", outcome, id + ": " + run.messages().get(id)));
        assertEquals(0, run.exitCode(), run.console());
        assertTrue(run.console().contains(Probes.ids().size() + " passed, 0 failed"), run.console());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakModes")
    void eachWeakModeFailsItsProbe(String weakMode, Set<String> failing, @TempDir Path dir) throws Exception {
        AuditRun run = AuditRun.of(dir, AUDIT, "--env", AuditRun.sandboxEnvironment(dir, List.of(weakMode))
                .toString());

        for (String id : failing) {
            assertEquals("FAILED", run.outcomes().get(id), id + " against " + weakMode + ": " + run.messages()
                    .get(id));
            String cited = Probes.byId(id).orElseThrow().citation().where();
            assertTrue(run.messages().get(id).contains(cited), run.messages().get(id));
        }
        for (Map.Entry<String, String> other : run.outcomes().entrySet()) {
            if (!failing.contains(other.getKey())) {
                assertFalse(other.getValue().equals("FAILED"), other.getKey() + " failed against " + weakMode + ": "
                        + run.messages().get(other.getKey()));
            }
        }
        assertEquals(1, run.exitCode(), run.console());
    }

    @Test
    void aSignInThatBreaksMakesTheProbesThatNeedItInconclusiveAndTheRunFail(@TempDir Path dir) throws Exception {
        AuditRun run = AuditRun.of(dir, AUDIT, "--env", AuditRun.sandboxEnvironment(dir, List.of()).toString(),
                "--var", "zoomPassword=not-the-password", "--probe", "code-reuse", "--probe", "https-endpoints");

        assertEquals(Map.of("code-reuse", "INCONCLUSIVE", "https-endpoints", "PASSED"), run.outcomes(), run.console());
        assertTrue(run.messages().get("code-reuse").startsWith("inconclusive: RFC 6749 \u00a74.1.2 (MUST) could not "
                + "be checked"), run.messages().get("code-reuse"));
        assertFalse(run.console().contains("not-the-password"), run.console());
        assertEquals(1, run.exitCode(), run.console());
    }
}
