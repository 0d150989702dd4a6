package dev.baton.device;

import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxSwitch;
import dev.baton.testing.EngineRun;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device authorization grant (RFC 8628) run by Baton against the embedded sandbox: the repository's collection
 * signs in at {@code verification_uri_complete} and gets a token; a collection that types the user code at the bare
 * {@code verification_uri}; {@code slow_down} honoured, measured by the times the sandbox saw the polls; a declined
 * consent and a wrong password each failing the step, with no code or password shown.
 */
class SandboxDeviceGrantTest {

    private static final Path COLLECTION = TestFiles.repositoryFile("collections/device-code.yaml");

    @TempDir
    Path dir;

    @Test
    void theRepositoryCollectionGetsATokenByTheDeviceGrantAndUsesIt() throws IOException {
        EngineExecutionResults results = EngineRun.engine().env(TestFiles.sandboxEnvironment(dir))
                .executeFiles(COLLECTION);

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void slowDownMakesBatonWaitFiveSecondsMoreBeforeItPollsAgain() throws IOException {
        List<Long> polls = Collections.synchronizedList(new ArrayList<>());
        try (OAuthSandbox sandbox = OAuthSandbox.builder().deviceInterval(Duration.ofSeconds(1))
                .switches(Set.of(SandboxSwitch.DEVICE_SLOW_DOWN)).start()) {
            sandbox.recordTraffic(exchange -> {
                if (exchange.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")) {
                    polls.add(System.nanoTime());
                }
            });
            EngineExecutionResults results = EngineRun.engine().env(environment(sandbox)).executeFiles(COLLECTION);

            results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        }
        assertEquals(2, polls.size(), "one poll answered slow_down, the next one answered with tokens");
        long gapMillis = (polls.get(1) - polls.get(0)) / 1_000_000;
        assertTrue(gapMillis >= 5_500, "the interval grew from 1 s to 6 s (RFC 8628 §3.5), but the sandbox saw "
                + "the second poll " + gapMillis + " ms after the first");
    }

    @Test
    void theUserCodeIsTypedAtTheVerificationUriWhenTheLoginNamesIt() throws IOException {
        Path typed = dir.resolve("typed.yaml");
        Files.writeString(typed, Files.readString(COLLECTION).replace("      email: <<zoomUser>>",
                "      user_code: <<device.user_code>>\n      email: <<zoomUser>>"));

        EngineExecutionResults results = EngineRun.engine().env(TestFiles.sandboxEnvironment(dir))
                .executeFiles(typed);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void aDeclinedConsentFailsTheStepWithAccessDenied() throws IOException {
        Path declining = dir.resolve("declining.yaml");
        Files.writeString(declining, Files.readString(COLLECTION).replace("      password: <<zoomPassword>>\n",
                "      password: <<zoomPassword>>\n    pages:\n      - match: {title: Authorize device}\n"
                        + "        submit: 'button[value=deny]'\n"));

        EngineExecutionResults results = EngineRun.engine().env(TestFiles.sandboxEnvironment(dir))
                .executeFiles(declining);

        String failure = throwableOf(results, "Who signed in").getMessage();
        assertTrue(failure.contains("the user denied the device authorization"), failure);
        assertTrue(failure.contains("access_denied"), failure);
    }

    @Test
    void aWrongPasswordFailsTheSignInAndShowsNeitherThePasswordNorTheCodes() throws IOException {
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(COLLECTION).replace("password: <<zoomPassword>>",
                "password: not-the-password-42"));
        List<String> traffic = Collections.synchronizedList(new ArrayList<>());
        String failure;
        try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
            sandbox.recordTraffic(traffic::add);
            EngineExecutionResults results = EngineRun.engine().env(environment(sandbox)).executeFiles(wrong);
            failure = throwableOf(results, "Who signed in").getMessage();
        }
        assertTrue(failure.contains("device grant: the sign-in at "), failure);
        assertTrue(failure.contains("came back after it was submitted"), failure);
        assertFalse(failure.contains("not-the-password-42"), failure);
        String deviceAnswer = traffic.stream().filter(t -> t.contains("\"device_code\"")).findFirst().orElseThrow();
        for (String member : List.of("device_code", "user_code")) {
            String value = deviceAnswer.replaceAll("(?s).*\"" + member + "\":\"([^\"]+)\".*", "$1");
            assertFalse(failure.contains(value), member + " shown: " + failure);
            assertFalse(failure.contains(value.replace("-", "")), member + " shown: " + failure);
        }
    }

    private Path environment(OAuthSandbox sandbox) {
        return TestFiles.startedSandboxEnvironment(dir, sandbox.baseUrl());
    }
}
