package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
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
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code baton run} and {@code baton validate} in-process, against WireMock: output and exit codes. */
class CliRunTest {

    @TempDir
    Path dir;

    private HttpStub http;
    private Path env;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200).withBody("ok")));
        env = TestFiles.emptyEnvironment(dir);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    /** {@code baton <command> <file> --env <empty> --var base=<wiremock> extra...}. */
    private CliRun baton(String command, Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, file.toString(), "--env", env.toString(),
                "--var", "base=" + http.baseUrl()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    private Path passing() {
        return TestFiles.write(dir, "passing.yaml", """
                name: Passing
                steps:
                  - name: First step
                    request:
                      url: <<base>>/one
                    expect:
                      status: 200
                  - name: Second step
                    request:
                      url: <<base>>/two
                    expect:
                      body: ok
                """);
    }

    private Path failing() {
        http.server().stubFor(get(urlPathEqualTo("/token")).willReturn(okJson("{\"token_type\":\"mac\"}")));
        return TestFiles.write(dir, "failing.yaml", """
                name: Failing
                steps:
                  - name: Get a token
                    request:
                      url: <<base>>/token
                    capture:
                      token: {json: $.access_token}
                    expect:
                      status: 201
                      json:
                        $.token_type: bearer
                  - name: Use the token
                    request:
                      url: <<base>>/me
                      bearer: <<token>>
                  - name: Independent
                    request:
                      url: <<base>>/health
                """);
    }

    @Test
    void allPassingExits0WithAPassLinePerStepAndTheClosingLine() {
        Path file = passing();
        CliRun run = baton("run", file);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Passing (" + file + ")"), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+PASS\\s+First step\\s+\\d+ ms")), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+PASS\\s+Second step\\s+\\d+ ms")), run::toString);
        assertTrue(run.out().indexOf("First step") < run.out().indexOf("Second step"), run::toString);
        assertEquals("2 passed, 0 failed", lastLine(run.out()), run::toString);
        assertTrue(run.err().isBlank(), run::toString);
        assertEquals(List.of("/one", "/two"), http.urls());
    }

    @Test
    void aFailedExpectationExits1WithAFailLineTheMessageAndTheSkippedCount() {
        CliRun run = baton("run", failing());

        assertEquals(1, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+FAIL\\s+Get a token\\s+\\d+ ms")), run::toString);
        assertTrue(out.contains("status: expected equals 201 but was 200"), run::toString);
        assertTrue(out.matches("(?s).*\\$\\.token_type: expected .*bearer.* but was .*mac.*"), run::toString);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+SKIP\\s+Use the token\\s+\\(.*<<token>>.*'Get a token'.*\\)")),
                run::toString);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+PASS\\s+Independent\\s+\\d+ ms")), run::toString);
        assertEquals("1 passed, 1 failed, 1 skipped", lastLine(out), run::toString);
        assertEquals(List.of("/token", "/health"), http.urls());
    }

    @Test
    void aConnectionErrorIsAnErrorLineAndExits1() {
        int port = HttpStub.closedPort();
        Path file = TestFiles.write(dir, "refused.yaml", """
                name: Refused
                steps:
                  - name: Nobody home
                    request:
                      url: http://127.0.0.1:%d/x
                """.formatted(port));
        CliRun run = baton("run", file);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+ERROR\\s+Nobody home\\s+\\d+ ms")), run::toString);
        assertTrue(run.out().contains("cannot connect to http://127.0.0.1:" + port), run::toString);
        assertEquals("0 passed, 1 failed", lastLine(run.out()), run::toString);
    }

    @Test
    void bailSkipsTheRestAndExits1() {
        CliRun run = baton("run", failing(), "--bail");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+SKIP\\s+Independent\\s+\\(.*bail.*\\)")),
                run::toString);
        assertEquals("0 passed, 1 failed, 2 skipped", lastLine(run.out()), run::toString);
        assertEquals(List.of("/token"), http.urls());
    }

    @Test
    void theTimeoutOptionAppliesToEveryRequest() {
        http.server().stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        Path file = TestFiles.write(dir, "slow.yaml", """
                name: Slow
                steps:
                  - name: Slow step
                    request:
                      url: <<base>>/slow
                """);
        CliRun run = baton("run", file, "--timeout", "200");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+ERROR\\s+Slow step\\s+\\d+ ms")), run::toString);
        assertTrue(run.out().contains("timed out"), run::toString);
    }

    @Test
    void aDirectoryRunsEveryCollectionInIt() {
        TestFiles.write(dir, "suite/a.yaml", "name: A\nsteps:\n  - name: A1\n    request:\n      url: <<base>>/a\n");
        TestFiles.write(dir, "suite/sub/b.yml", "name: B\nsteps:\n  - name: B1\n    request:\n      url: <<base>>/b\n");
        CliRun run = baton("run", dir.resolve("suite"));
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("2 passed, 0 failed", lastLine(run.out()), run::toString);
        assertEquals(List.of("/a", "/b"), http.urls());
    }

    @Test
    void anInvalidCollectionExits2WithTheRenderedErrorAndSendsNothing() {
        Path file = TestFiles.write(dir, "invalid.yaml", """
                name: Invalid
                steps:
                  - name: Fine
                    request:
                      url: <<base>>/fine
                  - name: Typo
                    reqest:
                      url: <<base>>/typo
                """);
        CliRun run = baton("run", file);

        assertEquals(2, run.exitCode(), run::toString);
        String err = run.err();
        assertTrue(err.contains("error: unknown key 'reqest'"), run::toString);
        assertTrue(err.contains("did you mean 'request'"), run::toString);
        assertTrue(err.contains("--> " + TestFiles.positionOf(file, "reqest")), run::toString);
        assertTrue(err.contains("|     reqest:"), run::toString);
        assertTrue(err.lines().anyMatch(l -> l.matches("\\s*\\|     \\^")), "a caret under the key:\n" + run);
        assertFalse(err.contains("Exception"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void anUnknownEnvironmentNameExits2WithDidYouMean() {
        Path collection = TestFiles.write(dir, "project/collections/c.yaml",
                "name: C\nsteps:\n  - name: S\n    request:\n      url: <<base>>/x\n");
        TestFiles.write(dir, "project/environments/staging.yaml", "vars:\n  base: http://127.0.0.1:9\n");

        CliRun run = CliRun.of("run", collection.toString(), "--env", "stagin", "--var", "base=" + http.baseUrl());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown environment 'stagin'"), run::toString);
        assertTrue(run.err().contains("did you mean 'staging'"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void anEnvironmentBesideTheCollectionsFolderIsFoundByName() {
        Path collection = TestFiles.write(dir, "project/collections/c.yaml",
                "name: C\nsteps:\n  - name: S\n    request:\n      url: <<base>>/<<path>>\n");
        TestFiles.write(dir, "project/environments/staging.yaml", "vars:\n  path: from-staging\n");

        CliRun run = CliRun.of("run", collection.toString(), "--env", "staging", "--var", "base=" + http.baseUrl());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/from-staging"), http.urls());
    }

    @Test
    void anUndefinedVariableExits2BeforeAnythingIsSent() {
        Path file = TestFiles.write(dir, "undefined.yaml", """
                name: Undefined
                vars:
                  userId: "7"
                steps:
                  - name: Defined
                    request:
                      url: <<base>>/fine
                  - name: Undefined
                    request:
                      url: <<base>>/users/<<userID>>
                """);
        CliRun run = baton("run", file);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("undefined variable 'userID'"), run::toString);
        assertTrue(run.err().contains("did you mean 'userId'"), run::toString);
        assertTrue(run.err().contains("--> " + TestFiles.positionOf(file, "<<userID>>")), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.endsWith("^")), run::toString);
        assertTrue(http.requests().isEmpty(), "preflight sends nothing: " + http.urls());
    }

    @Test
    void aVariableUsedBeforeItIsCapturedExits2() {
        Path file = TestFiles.write(dir, "order.yaml", """
                name: Order
                steps:
                  - name: Too early
                    request:
                      url: <<base>>/me
                      bearer: <<token>>
                  - name: Capture
                    request:
                      url: <<base>>/token
                    capture:
                      token: {body: true}
                """);
        CliRun run = baton("run", file);
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("undefined variable 'token'"), run::toString);
        assertTrue(run.err().contains("captured only later, by step 'Capture'"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void anUnsetOsEnvironmentVariableExits2AndNamesIt() {
        Path environment = TestFiles.write(dir, "env/dev.yaml", """
                description: like environments/dev.yaml
                vars:
                  clientId: {env: BATON_TEST_UNSET_CLIENT_ID_5E1B}
                  clientSecret: {env: BATON_TEST_UNSET_CLIENT_SECRET_5E1B, secret: true}
                """);
        Path file = TestFiles.write(dir, "dev.yaml", """
                name: Dev
                steps:
                  - name: Token
                    request:
                      method: POST
                      url: <<base>>/token
                      basicAuth: {username: <<clientId>>, password: <<clientSecret>>}
                """);
        CliRun run = CliRun.of("run", file.toString(), "--env", environment.toString(), "--var",
                "base=" + http.baseUrl());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("variable 'clientId' has no value"), run::toString);
        assertTrue(run.err().contains("BATON_TEST_UNSET_CLIENT_ID_5E1B is not set"), run::toString);
        assertTrue(run.err().contains("BATON_TEST_UNSET_CLIENT_SECRET_5E1B is not set"), run::toString);
        assertTrue(run.err().contains("--> " + TestFiles.positionOf(file, "<<clientId>>")), run::toString);
        assertTrue(http.requests().isEmpty());

        CliRun overridden = CliRun.of("run", file.toString(), "--env", environment.toString(), "--var",
                "base=" + http.baseUrl(), "--var", "clientId=cli-id", "--var", "clientSecret=cli-secret");
        assertEquals(0, overridden.exitCode(), "--var supplies what the OS does not:\n" + overridden);
        assertEquals(1, http.requests().size());
    }

    @Test
    void anUnknownReporterKindExits2AndSendsNothing() {
        CliRun run = baton("run", passing(), "--reporter", "pdf:report.pdf");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown reporter 'pdf'"), run::toString);
        CliRun noFile = baton("run", passing(), "--reporter", "junit:");
        assertEquals(2, noFile.exitCode(), noFile::toString);
        assertTrue(noFile.err().contains("junit:FILE"), noFile::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void aReportPathThatCannotBeWrittenExits2AndSendsNothing() {
        Path regularFile = TestFiles.write(dir, "not-a-folder", "I am a file");
        CliRun run = baton("run", passing(), "--reporter", "junit:" + regularFile.resolve("report.xml"));
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("cannot write report"), run::toString);
        assertTrue(http.requests().isEmpty(), "nothing is sent when the report cannot be written");
        assertEquals("I am a file", TestFiles.read(regularFile));

        CliRun toFolder = baton("run", passing(), "--reporter", "junit:" + dir);
        assertEquals(2, toFolder.exitCode(), toFolder::toString);
        assertTrue(toFolder.err().contains("is a directory"), toFolder::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void varOnTheCommandLineWinsOverTheFiles() {
        Path environment = TestFiles.write(dir, "env/e.yaml", "vars:\n  who: env\n  what: env\n");
        Path file = TestFiles.write(dir, "vars.yaml", """
                name: Vars
                vars:
                  who: collection
                  what: collection
                  where: collection
                steps:
                  - name: Show
                    request:
                      url: <<base>>/show
                      query: {who: <<who>>, what: <<what>>, where: <<where>>}
                """);
        CliRun run = CliRun.of("run", file.toString(), "--env", environment.toString(), "--var",
                "base=" + http.baseUrl(), "--var", "who=cli");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("/show?who=cli&what=env&where=collection"), http.urls());
    }

    @Test
    void validatePassesAValidCollectionAndSendsNothing() {
        CliRun run = baton("validate", passing());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ok  Passing (2 steps)"), run::toString);
        assertTrue(run.out().contains("1 collection valid with environment empty"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void validateRejectsAnInvalidCollectionAndAnUndefinedVariableAndSendsNothing() {
        Path invalid = TestFiles.write(dir, "bad/invalid.yaml", """
                name: Invalid
                steps:
                  - name: Bad method
                    request:
                      method: FETCH
                      url: <<base>>/x
                """);
        Path undefined = TestFiles.write(dir, "bad/undefined.yaml", """
                name: Undefined
                steps:
                  - name: Undefined
                    request:
                      url: <<base>>/<<nowhere>>
                """);
        CliRun run = CliRun.of("validate", dir.resolve("bad").toString(), "--env", env.toString(), "--var",
                "base=" + http.baseUrl());

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown method 'FETCH'"), run::toString);
        assertTrue(run.err().contains("--> " + TestFiles.positionOf(invalid, "FETCH")), run::toString);
        assertTrue(run.err().contains("undefined variable 'nowhere'"), run::toString);
        assertTrue(run.err().contains("--> " + TestFiles.positionOf(undefined, "<<nowhere>>")), run::toString);
        assertTrue(run.err().contains("2 problems found"), run::toString);
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void theRepositoryCollectionPassesWithTheDefaultEnvironmentAndShowsNoSecret() {
        Path collection = TestFiles.repositoryFile("collections/zoom-oauth-pkce.yaml");
        CliRun run = CliRun.of("run", collection.toString());

        assertEquals(0, run.exitCode(), run::toString);
        for (String step : List.of("Authorize", "Exchange the code for tokens", "Call the API as the signed-in user",
                "Refresh the access token")) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+PASS\\s+" + step + "\\s+\\d+ ms")),
                    step + "\n" + run);
        }
        assertEquals("4 passed, 0 failed", lastLine(run.out()), run::toString);
        assertFalse(run.all().contains("sandbox-client-secret"), run::toString);
        assertFalse(run.all().contains("sandbox-password"), run::toString);
    }

    @Test
    void withDebugTheRunStillWorks() {
        CliRun run = baton("run", passing(), "--debug");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("2 passed, 0 failed", lastLine(run.out()), run::toString);
    }
}
