package dev.baton.runcontrol;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data-driven runs, iterations, retries, delays, subsets and exported variables, against WireMock. */
class RunControlTest {

    private HttpStub http;
    private Path dir;
    private Path env;

    @BeforeEach
    void start(@TempDir Path dir) {
        this.dir = dir;
        this.env = TestFiles.emptyEnvironment(dir);
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"token\":\"s3cr3t-t0ken-value\",\"n\":7}")));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private Path collection(String yaml) {
        return TestFiles.write(dir, "c.yaml", yaml);
    }

    private CliRun run(Path collection, String... more) {
        List<String> args = new ArrayList<>(List.of("run", collection.toString(), "--env", env.toString(),
                "--var", "base=" + http.baseUrl()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static final String GREET = """
            name: greet
            steps:
              - name: hello
                request: {url: "<<base>>/hello/<<user>>"}
                expect: {status: 200}
            """;

    @Test
    void csvDataRunsOneIterationPerRowEachItsOwnContainer() {
        Path data = TestFiles.write(dir, "users.csv", "user,role\nalice,admin\n\"bob, jr\",viewer\n");
        Path report = dir.resolve("r.xml");

        CliRun run = run(collection(GREET), "--data", data.toString(), "--data-name", "user",
                "--reporter", "junit:" + report);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/hello/alice", "/hello/bob,%20jr"), http.urls());
        assertTrue(run.out().contains("#1 alice") && run.out().contains("#2 bob, jr"), run.out());
        List<String> classnames = JUnitXml.parse(report).testcases().stream().map(JUnitXml.Testcase::classname)
                .toList();
        assertEquals(List.of("greet #1 alice", "greet #2 bob, jr"), classnames);
    }

    @Test
    void jsonDataRowsAreVariables() {
        Path data = TestFiles.write(dir, "users.json", "[{\"user\": \"carol\"}, {\"user\": \"dave\", \"n\": 2}]");

        CliRun run = run(collection(GREET), "--data", data.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/hello/carol", "/hello/dave"), http.urls());
        assertTrue(run.out().strip().endsWith("2 passed, 0 failed"), run.out());
    }

    @Test
    void badDataFilesAreInvalidInput() {
        Path ragged = TestFiles.write(dir, "ragged.csv", "user,role\nalice\n");
        Path notArray = TestFiles.write(dir, "obj.json", "{\"user\": \"x\"}");
        Path other = TestFiles.write(dir, "users.txt", "user\nx\n");

        for (Path data : List.of(ragged, notArray, other)) {
            CliRun run = run(collection(GREET), "--data", data.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains(data.getFileName().toString()), run.err());
        }
        assertTrue(http.urls().isEmpty());
    }

    @Test
    void iterationsRepeatTheCollection() {
        CliRun run = run(collection(GREET), "--iterations", "3", "--var", "user=x");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(3, http.urls().size());
        assertTrue(run.out().strip().endsWith("3 passed, 0 failed"), run.out());
    }

    @Test
    void retryUntilTheConditionHolds() {
        http.server().stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        http.server().stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        http.server().stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        Path collection = collection("""
                name: retry
                steps:
                  - name: flaky
                    request: {url: "<<base>>/flaky"}
                    retry: {count: 3, delay: 10ms, until: {status: 200}}
                    expect: {status: 200}
                """);

        CliRun run = run(collection);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(3, http.urls().size());
    }

    @Test
    void retriesRunOutAndTheStepFails() {
        http.server().stubFor(get(urlPathEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        Path collection = collection("""
                name: retry
                steps:
                  - name: down
                    request: {url: "<<base>>/down"}
                    retry: {count: 2}
                    expect: {status: 200}
                """);

        CliRun run = run(collection);

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(3, http.urls().size());
        assertTrue(run.out().contains("status: expected equals 200 but was 503"), run.out());
    }

    @Test
    void delayPausesBetweenRequests() {
        Path collection = collection("""
                name: slow
                steps:
                  - name: one
                    request: {url: "<<base>>/1"}
                  - name: two
                    request: {url: "<<base>>/2"}
                """);

        CliRun run = run(collection, "--delay", "300");

        assertEquals(0, run.exitCode(), run::toString);
        var requests = http.requests();
        long gap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertTrue(gap >= 250, "gap was " + gap + " ms");
    }

    private static final String THREE_STEPS = """
            name: subset
            steps:
              - name: first
                tags: [smoke]
                request: {url: "<<base>>/first"}
              - name: second
                request: {url: "<<base>>/second"}
              - name: third
                tags: [smoke, slow]
                request: {url: "<<base>>/third"}
            """;

    @Test
    void stepAndTagChooseASubset() {
        Path collection = collection(THREE_STEPS);

        CliRun byName = run(collection, "--step", "second");
        assertEquals(0, byName.exitCode(), byName::toString);
        assertEquals(List.of("/second"), http.urls());

        http.server().resetRequests();
        CliRun byTag = run(collection, "--tag", "smoke");
        assertEquals(0, byTag.exitCode(), byTag::toString);
        assertEquals(List.of("/first", "/third"), http.urls());
        assertTrue(byTag.out().strip().endsWith("2 passed, 0 failed"), byTag.out());
    }

    @Test
    void unknownStepOrTagIsInvalidInputWithASuggestion() {
        Path collection = collection(THREE_STEPS);

        CliRun step = run(collection, "--step", "secnod");
        CliRun tag = run(collection, "--tag", "smok");

        assertEquals(2, step.exitCode(), step::toString);
        assertTrue(step.err().contains("no step named 'secnod'; did you mean 'second'?"), step.err());
        assertEquals(2, tag.exitCode(), tag::toString);
        assertTrue(tag.err().contains("no tag named 'smok'; did you mean 'smoke'?"), tag.err());
        assertTrue(http.urls().isEmpty());
    }

    @Test
    void exportEnvWritesVariablesAndLeavesSecretsOutUnlessAsked() throws Exception {
        Path collection = collection("""
                name: export
                vars: {greeting: hello <<user>>}
                steps:
                  - name: get
                    request: {url: "<<base>>/x"}
                    capture:
                      count: {json: $.n}
                      accessToken: {json: $.token}
                """);
        Path exported = dir.resolve("out/exported.yaml");

        CliRun run = run(collection, "--var", "user=ann", "--export-env", exported.toString());

        assertEquals(0, run.exitCode(), run::toString);
        String yaml = TestFiles.read(exported);
        assertTrue(yaml.contains("count: '7'") || yaml.contains("count: \"7\""), yaml);
        assertTrue(yaml.contains("greeting: hello ann"), yaml);
        assertFalse(yaml.contains("s3cr3t-t0ken-value"), yaml);
        assertTrue(run.err().contains("left out secret variables accessToken"), run.err());

        CliRun again = run(collection, "--export-env", exported.toString(), "--export-secrets", "--var", "user=ann");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(TestFiles.read(exported).contains("s3cr3t-t0ken-value"));

        Path reuse = collection("""
                name: reuse
                steps:
                  - name: use
                    request: {url: "<<base>>/use/<<count>>"}
                """);
        http.server().resetRequests();
        CliRun reused = CliRun.of("run", reuse.toString(), "--env", exported.toString(), "--var",
                "base=" + http.baseUrl());
        assertEquals(0, reused.exitCode(), reused::toString);
        assertEquals(List.of("/use/7"), http.urls());
    }

    @Test
    void exportSecretsWithoutExportEnvIsInvalid() {
        CliRun run = run(collection(GREET), "--export-secrets", "--var", "user=x");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--export-secrets goes with --export-env FILE"), run.err());
    }

    @Test
    void jobsRunIterationsSideBySideAndReportsKeepTheirOrder() {
        http.server().stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(400)));
        Path data = TestFiles.write(dir, "rows.csv", "user\na\nb\nc\nd\n");
        Path collection = collection("""
                name: parallel
                steps:
                  - name: slow
                    request: {url: "<<base>>/slow?u=<<user>>"}
                  - name: after
                    request: {url: "<<base>>/after/<<user>>"}
                """);
        Path sequential = dir.resolve("one.xml");
        Path parallel = dir.resolve("four.xml");

        CliRun one = run(collection, "--data", data.toString(), "--reporter", "junit:" + sequential);
        http.server().resetRequests();
        CliRun four = run(collection, "--data", data.toString(), "--jobs", "4", "--reporter", "junit:" + parallel);

        assertEquals(0, one.exitCode(), one::toString);
        assertEquals(0, four.exitCode(), four::toString);
        var slow = http.requests().stream().filter(r -> r.getUrl().startsWith("/slow")).toList();
        long firstStart = slow.stream().mapToLong(r -> r.getLoggedDate().getTime()).min().orElseThrow();
        long lastStart = slow.stream().mapToLong(r -> r.getLoggedDate().getTime()).max().orElseThrow();
        assertTrue(lastStart - firstStart < 400, "the four slow requests did not overlap: " + (lastStart - firstStart));
        for (String user : List.of("a", "b", "c", "d")) {
            var mine = http.urls().stream().filter(u -> u.endsWith("u=" + user) || u.endsWith("/after/" + user))
                    .toList();
            assertEquals(List.of("/slow?u=" + user, "/after/" + user), mine);
        }
        assertEquals(names(sequential), names(parallel));
        assertTrue(four.out().strip().endsWith("8 passed, 0 failed"), four.out());
    }

    private static List<String> names(Path report) {
        return JUnitXml.parse(report).testcases().stream().map(t -> t.classname() + "/" + t.name()).toList();
    }
}
