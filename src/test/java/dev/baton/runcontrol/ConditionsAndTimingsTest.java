package dev.baton.runcontrol;

import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code when:} and {@code skip:}, the timing summary of a repeated run, and layered {@code --env} files. */
class ConditionsAndTimingsTest {

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    @TempDir
    Path dir;

    private EchoServer echo() {
        return servers.start(request -> EchoServer.Reply.of(200, "application/json",
                "{\"path\":\"" + request.uri().getPath() + "\",\"flag\":true}"));
    }

    private CliRun run(Path collection, String... more) {
        List<String> args = new ArrayList<>(List.of("run", collection.toString()));
        if (!List.of(more).contains("--env")) {
            args.addAll(List.of("--env", TestFiles.emptyEnvironment(dir).toString()));
        }
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void whenAndSkipDecideOnVariablesAndEveryReportSaysWhy() {
        EchoServer server = echo();
        Path file = TestFiles.write(dir, "c.yaml", """
                name: conditions
                vars: {target: staging, base: "%s"}
                steps:
                  - name: read flag
                    request: {url: "<<base>>/flag"}
                    capture:
                      flag: {json: $.flag}
                  - name: only on prod
                    when: {target: prod}
                    request: {url: "<<base>>/prod"}
                  - name: when flagged
                    when:
                      flag: true
                      target: {in: [staging, prod]}
                    request: {url: "<<base>>/flagged"}
                  - name: when a token exists
                    when: {token: {exists: true}}
                    request: {url: "<<base>>/token"}
                  - name: parked
                    skip: the endpoint is being rebuilt
                    request: {url: "<<base>>/parked"}
                  - name: not parked
                    skip: <<parked>>
                    request: {url: "<<base>>/unparked"}
                """.formatted(server.baseUrl()));
        Path junit = dir.resolve("junit.xml");
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        CliRun run = run(file, "--var", "parked=false", "--reporter", "junit:" + junit, "--reporter", "json:" + json,
                "--reporter", "html:" + html);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/flag", "/flagged", "/unparked"),
                server.requests().stream().map(r -> r.uri().getPath()).toList());
        String prodReason = "when target: expected equals \"prod\" but was \"staging\"";
        String tokenReason = "when token: expected exists true but was absent";
        String parkedReason = "skip: the endpoint is being rebuilt";
        JUnitXml xml = JUnitXml.parse(junit);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(TestFiles.read(html));
        List<String> steps = List.of("only on prod", "when a token exists", "parked");
        List<String> reasons = List.of(prodReason, tokenReason, parkedReason);
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            assertTrue(run.out().contains(reason), () -> reason + "\n" + run);
            assertTrue(xml.testcase(steps.get(i)).allText().contains(reason) || xml.testcase(steps.get(i)).child(
                    "skipped").map(e -> e.getAttribute("message")).orElse("").contains(reason), reason);
            assertTrue(TestFiles.read(json).contains(reason.replace("\"", "\\\"")), reason);
            assertTrue(page.text().contains(reason), reason);
        }
        assertTrue(run.out().contains("3 passed, 0 failed, 3 skipped"), run::toString);
    }

    @Test
    void aSkippedStepSkipsTheStepsThatNeedWhatItWouldHaveCaptured() {
        EchoServer server = echo();
        Path file = TestFiles.write(dir, "c.yaml", """
                name: chain
                steps:
                  - name: login
                    skip: true
                    request: {url: "%1$s/login"}
                    capture:
                      session: {json: $.path}
                  - name: use it
                    request: {url: "%1$s/use?s=<<session>>"}
                """.formatted(server.baseUrl()));
        CliRun run = run(file);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("(skip: true)"), run::toString);
        assertTrue(run.out().contains("needs <<session>>, which step 'login' did not capture (it was skipped)"),
                run::toString);
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aRepeatedRunEndsWithATimingSummaryOnTheConsoleAndInTheReports() {
        AtomicInteger calls = new AtomicInteger();
        EchoServer server = servers.start(request -> {
            if (request.uri().getPath().equals("/slow") && calls.incrementAndGet() % 3 == 0) {
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return EchoServer.Reply.of(200, "text/plain", "ok");
        });
        Path file = TestFiles.write(dir, "c.yaml", """
                name: timed
                steps:
                  - name: fast
                    request: {url: "%1$s/fast"}
                  - name: slow sometimes
                    request: {url: "%1$s/slow"}
                """.formatted(server.baseUrl()));
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        CliRun run = run(file, "--iterations", "6", "--reporter", "json:" + json, "--reporter", "html:" + html);
        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        int heading = lines.indexOf("Timings across iterations and retries:");
        assertTrue(heading > 0, run::toString);
        assertTrue(lines.get(heading + 1).matches("\\s+step\\s+tries\\s+min\\s+median\\s+p95\\s+max"), run::toString);
        assertTrue(lines.get(heading + 2).matches("\\s+fast\\s+6(\\s+\\d+ ms){4}"), run::toString);
        String slow = lines.get(heading + 3);
        assertTrue(slow.matches("\\s+slow sometimes\\s+6(\\s+\\d+ ms){4}"), slow);
        long max = Long.parseLong(slow.replaceAll(".*\\s(\\d+) ms$", "$1"));
        assertTrue(max >= 150, slow);
        assertTrue(TestFiles.read(json).contains("\"step\": \"slow sometimes\""), TestFiles.read(json));
        assertTrue(TestFiles.read(json).contains("\"tries\": 6"), TestFiles.read(json));
        assertTrue(TestFiles.read(html).contains("Timings across iterations and retries"));
    }

    @Test
    void aSingleRunPrintsNoTimingSummary() {
        EchoServer server = echo();
        Path file = TestFiles.write(dir, "c.yaml", """
                name: once
                steps:
                  - name: a
                    request: {url: "%s/a"}
                """.formatted(server.baseUrl()));
        CliRun run = run(file);
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.out().contains("Timings"), run::toString);
    }

    @Test
    void environmentsLayerInOrderTheLastWinning() {
        EchoServer server = echo();
        Path shared = TestFiles.write(dir, "environments/shared.yaml", """
                vars:
                  base: "%s"
                  region: eu
                  team: core
                  apiKey: {value: shared-key-1234, secret: true}
                """.formatted(server.baseUrl()));
        Path dev = TestFiles.write(dir, "environments/dev.yaml", """
                vars:
                  region: us
                  apiKey: dev-key-5678
                """);
        Path file = TestFiles.write(dir, "c.yaml", """
                name: layered
                vars: {team: none, region: none}
                steps:
                  - name: a
                    request: {url: "<<base>>/<<region>>/<<team>>?k=<<apiKey>>"}
                """);
        CliRun run = run(file, "--env", shared.toString(), "--env", dev.toString(), "--debug");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("/us/core", server.requests().get(0).uri().getPath());
        assertEquals("k=dev-key-5678", server.requests().get(0).uri().getQuery());
        assertFalse(run.all().contains("dev-key-5678"), "a variable secret in an earlier layer stays secret\n" + run);
        CliRun validate = CliRun.of("validate", file.toString(), "--env", shared.toString(), "--env", dev.toString());
        assertTrue(validate.out().contains("with environment shared+dev"), validate::toString);
    }
}
