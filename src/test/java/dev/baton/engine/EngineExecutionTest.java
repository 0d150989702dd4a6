package dev.baton.engine;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.baton.testing.EngineRun.skipReason;
import static dev.baton.testing.EngineRun.statusOf;
import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running steps through the engine against WireMock: order, captures, failures, errors, skips, redirects. */
class EngineExecutionTest {

    @TempDir
    Path dir;

    private HttpStub http;
    private Path env;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        env = TestFiles.emptyEnvironment(dir);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private EngineRun engine() {
        return EngineRun.engine().env(env).var("base", http.baseUrl());
    }

    private EngineExecutionResults run(String yaml) {
        return engine().executeFiles(TestFiles.write(dir, "collection.yaml", yaml));
    }

    @Test
    void stepsRunInOrderAndLaterStepsUseWhatEarlierStepsCaptured() {
        var server = http.server();
        server.stubFor(post("/login").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-123")
                .withHeader("Set-Cookie", "sid=cookie-abc; Path=/")
                .withBody("{\"token\":\"tok-1\",\"user\":{\"id\":42,\"admin\":true}}")));
        server.stubFor(get("/authorize").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://app.test/callback?code=c%2Fode-7&state=s1")));
        server.stubFor(get("/consent").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body><h1 id=\"title\">Welcome Alice</h1><form method=post>"
                        + "<input type=hidden name=csrf value=\"csrf-99\"></form></body></html>")));
        server.stubFor(get("/plain").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("plain-value")));
        server.stubFor(post("/use").willReturn(aResponse().withStatus(204)));

        EngineExecutionResults results = run("""
                name: Captures
                steps:
                  - name: Sign in
                    request:
                      method: POST
                      url: <<base>>/login
                      json: {user: alice}
                    capture:
                      loginStatus: {status: true}
                      requestId: {header: x-request-id}
                      token: {json: $.token}
                      userId: {json: $.user.id}
                      admin: {json: $.user.admin}
                      tokenByRegex: {regex: '"token":"([^"]+)"'}
                      sid: {cookie: sid}
                    expect:
                      status: 201

                  - name: Start authorization
                    request:
                      url: <<base>>/authorize
                    capture:
                      authCode: {location: code}
                      returnedState: {location: state}
                    expect:
                      status: 302

                  - name: Consent page
                    request:
                      url: <<base>>/consent
                    capture:
                      csrf: {html: 'input[name=csrf]', attr: value}
                      title: {html: '#title'}

                  - name: Plain text
                    request:
                      url: <<base>>/plain
                    capture:
                      whole: {body: true}

                  - name: Use everything
                    request:
                      method: POST
                      url: <<base>>/use
                      bearer: <<token>>
                      headers:
                        X-Status: <<loginStatus>>
                        X-Request: <<requestId>>
                      form:
                        user: <<userId>>
                        admin: <<admin>>
                        regex: <<tokenByRegex>>
                        sid: <<sid>>
                        authCode: <<authCode>>
                        returnedState: <<returnedState>>
                        csrf: <<csrf>>
                        title: <<title>>
                        whole: <<whole>>
                    expect:
                      status: 204
                """);

        results.testEvents().assertStatistics(s -> s.started(5).succeeded(5).failed(0).skipped(0));
        assertEquals(List.of("Sign in", "Start authorization", "Consent page", "Plain text", "Use everything"),
                results.testEvents().finished().list().stream().map(e -> e.getTestDescriptor().getDisplayName())
                        .toList(), "steps finish in file order");
        assertEquals(List.of("/login", "/authorize", "/consent", "/plain", "/use"), http.urls());

        server.verify(postRequestedFor(urlPathEqualTo("/login"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo("{\"user\":\"alice\"}")));
        server.verify(postRequestedFor(urlPathEqualTo("/use"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withHeader("X-Status", equalTo("201"))
                .withHeader("X-Request", equalTo("req-123"))
                .withHeader("Cookie", equalTo("sid=cookie-abc"))
                .withFormParam("user", equalTo("42"))
                .withFormParam("admin", equalTo("true"))
                .withFormParam("regex", equalTo("tok-1"))
                .withFormParam("sid", equalTo("cookie-abc"))
                .withFormParam("authCode", equalTo("c/ode-7"))
                .withFormParam("returnedState", equalTo("s1"))
                .withFormParam("csrf", equalTo("csrf-99"))
                .withFormParam("title", equalTo("Welcome Alice"))
                .withFormParam("whole", equalTo("plain-value")));
    }

    @Test
    void aFailedExpectationIsAFailedTestWithAnAssertionErrorThatSaysExpectedAndActual() {
        http.server().stubFor(get("/thing").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"not_found\"}")));

        EngineExecutionResults results = run("""
                name: Failing
                steps:
                  - name: Get the thing
                    request:
                      url: <<base>>/thing
                    expect:
                      status: 200
                      json:
                        $.error: found
                """);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1).succeeded(0));
        Throwable failure = throwableOf(results, "Get the thing");
        assertInstanceOf(AssertionError.class, failure);
        String message = failure.getMessage();
        assertTrue(message.matches("(?s).*status.*expected.*200.*404.*"), message);
        assertTrue(message.matches("(?s).*\\$\\.error.*expected.*found.*not_found.*"), message);
        assertTrue(message.contains("but was"), message);
        assertEquals(2, message.lines().count(), "one line per failed condition: " + message);
    }

    @Test
    void connectionRefusedIsAnErrorNotAFailure() {
        int port = HttpStub.closedPort();
        EngineExecutionResults results = run("""
                name: Refused
                steps:
                  - name: Nobody listens
                    request:
                      url: http://127.0.0.1:%d/nothing
                    expect:
                      status: 200
                """.formatted(port));

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        Throwable error = throwableOf(results, "Nobody listens");
        assertFalse(error instanceof AssertionError, "a transport error is not an assertion failure: " + error);
        assertInstanceOf(StepError.class, error);
        assertTrue(error.getMessage().contains("cannot connect to http://127.0.0.1:" + port), error.getMessage());
    }

    @Test
    void aResponseTimeoutIsAnError() {
        http.server().stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
        http.server().stubFor(get("/fast").willReturn(aResponse().withStatus(200)));

        long start = System.nanoTime();
        EngineExecutionResults results = engine().parameter("baton.timeout.ms", "300")
                .executeFiles(TestFiles.write(dir, "slow.yaml", """
                        name: Slow
                        steps:
                          - name: Too slow
                            request:
                              url: <<base>>/slow
                          - name: Fast enough
                            request:
                              url: <<base>>/fast
                        """));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Throwable error = throwableOf(results, "Too slow");
        assertInstanceOf(StepError.class, error);
        assertTrue(error.getMessage().contains("timed out"), error.getMessage());
        assertEquals("SUCCESSFUL", statusOf(results, "Fast enough"));
        assertTrue(millis < 4_500, "the 300 ms timeout was not applied: " + millis + " ms");
    }

    @Test
    void aStepTimeoutOverridesTheDefault() {
        http.server().stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(1_500)));
        EngineExecutionResults results = engine().parameter("baton.timeout.ms", "10000")
                .executeFiles(TestFiles.write(dir, "slow.yaml", """
                        name: Slow
                        steps:
                          - name: Too slow
                            timeout: 200ms
                            request:
                              url: <<base>>/slow
                        """));
        Throwable error = throwableOf(results, "Too slow");
        assertInstanceOf(StepError.class, error);
        assertTrue(error.getMessage().contains("timed out"), error.getMessage());
    }

    @Test
    void stepsThatNeedWhatAFailedStepShouldHaveCapturedAreSkippedAndIndependentStepsRun() {
        var server = http.server();
        server.stubFor(get("/token").willReturn(okJson("{\"other\":1}")));
        server.stubFor(get("/health").willReturn(aResponse().withStatus(200)));
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)));

        EngineExecutionResults results = run("""
                name: Dependencies
                steps:
                  - name: Get a token
                    request:
                      url: <<base>>/token
                    capture:
                      token: {json: $.token}

                  - name: Use the token
                    request:
                      url: <<base>>/me
                      bearer: <<token>>

                  - name: Independent
                    request:
                      url: <<base>>/health
                    expect:
                      status: 200

                  - name: Use it in a header
                    request:
                      url: <<base>>/again
                      headers:
                        X-Token: <<token>>
                """);

        Throwable failure = throwableOf(results, "Get a token");
        assertInstanceOf(AssertionError.class, failure);
        assertTrue(failure.getMessage().contains("capture token"), failure.getMessage());
        for (String dependent : List.of("Use the token", "Use it in a header")) {
            String reason = skipReason(results, dependent);
            assertTrue(reason.contains("<<token>>"), reason);
            assertTrue(reason.contains("'Get a token'"), reason);
        }
        assertEquals("SUCCESSFUL", statusOf(results, "Independent"));
        results.testEvents().assertStatistics(s -> s.started(2).failed(1).succeeded(1).skipped(2));
        assertEquals(List.of("/token", "/health"), http.urls());
    }

    @Test
    void bailSkipsEverythingAfterTheFirstFailureEvenInLaterCollections() {
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        Path first = TestFiles.write(dir, "a.yaml", """
                name: First
                steps:
                  - name: Fails
                    request:
                      url: <<base>>/one
                    expect:
                      status: 200
                  - name: After
                    request:
                      url: <<base>>/two
                """);
        Path second = TestFiles.write(dir, "b.yaml", """
                name: Second
                steps:
                  - name: Other collection
                    request:
                      url: <<base>>/three
                """);

        EngineExecutionResults results = engine().parameter("baton.bail", "true").executeFiles(first, second);

        assertEquals("FAILED", statusOf(results, "Fails"));
        for (String skipped : List.of("After", "Other collection")) {
            String reason = skipReason(results, skipped);
            assertTrue(reason.contains("bail"), reason);
            assertTrue(reason.contains("'Fails'"), reason);
        }
        assertEquals(List.of("/one"), http.urls());
    }

    @Test
    void withoutBailEveryStepRuns() {
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        EngineExecutionResults results = run("""
                name: No bail
                steps:
                  - name: Fails
                    request:
                      url: <<base>>/one
                    expect:
                      status: 200
                  - name: After
                    request:
                      url: <<base>>/two
                """);
        assertEquals("FAILED", statusOf(results, "Fails"));
        assertEquals("SUCCESSFUL", statusOf(results, "After"));
        assertEquals(List.of("/one", "/two"), http.urls());
    }

    @Test
    void followRedirectsTrueFollowsAndFalseDoesNot() {
        var server = http.server();
        server.stubFor(get("/start").willReturn(aResponse().withStatus(302).withHeader("Location", "/final")));
        server.stubFor(get("/final").willReturn(aResponse().withStatus(200).withBody("arrived")));

        EngineExecutionResults followed = engine().executeFiles(TestFiles.write(dir, "follow.yaml", """
                name: Follow
                steps:
                  - name: Followed
                    followRedirects: true
                    request:
                      url: <<base>>/start
                    expect:
                      status: 200
                      body: arrived
                """));
        assertEquals("SUCCESSFUL", statusOf(followed, "Followed"));
        assertEquals(List.of("/start", "/final"), http.urls());

        server.resetRequests();
        EngineExecutionResults notFollowed = engine().executeFiles(TestFiles.write(dir, "stay.yaml", """
                name: Stay
                steps:
                  - name: Not followed
                    followRedirects: false
                    request:
                      url: <<base>>/start
                    expect:
                      status: 302
                      headers:
                        Location: /final
                  - name: Not followed by default
                    request:
                      url: <<base>>/start
                    expect:
                      status: 302
                """));
        assertEquals("SUCCESSFUL", statusOf(notFollowed, "Not followed"));
        assertEquals("SUCCESSFUL", statusOf(notFollowed, "Not followed by default"));
        assertEquals(List.of("/start", "/start"), http.urls());
    }

    @Test
    void followingA303TurnsAPostIntoAGetAndA307KeepsThePostAndItsBody() {
        var server = http.server();
        server.stubFor(post("/see-other").willReturn(aResponse().withStatus(303).withHeader("Location", "/result")));
        server.stubFor(post("/temporary").willReturn(aResponse().withStatus(307).withHeader("Location", "/again")));
        server.stubFor(get("/result").willReturn(aResponse().withStatus(200)));
        server.stubFor(post("/again").willReturn(aResponse().withStatus(200)));

        EngineExecutionResults results = run("""
                name: Redirect methods
                steps:
                  - name: See other
                    followRedirects: true
                    request:
                      method: POST
                      url: <<base>>/see-other
                      form: {a: "1"}
                    expect:
                      status: 200
                  - name: Temporary
                    followRedirects: true
                    request:
                      method: POST
                      url: <<base>>/temporary
                      form: {b: "2"}
                    expect:
                      status: 200
                """);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        server.verify(getRequestedFor(urlPathEqualTo("/result")));
        server.verify(postRequestedFor(urlPathEqualTo("/again")).withFormParam("b", equalTo("2")));
    }

    @Test
    void aFollowedRedirectToAnotherOriginDoesNotCarryTheCredentials() {
        try (HttpStub other = HttpStub.start()) {
            other.server().stubFor(get("/landing").willReturn(aResponse().withStatus(200)));
            http.server().stubFor(get("/away").willReturn(aResponse().withStatus(302)
                    .withHeader("Location", other.baseUrl() + "/landing")));
            http.server().stubFor(get("/here").willReturn(aResponse().withStatus(302).withHeader("Location", "/home")));
            http.server().stubFor(get("/home").willReturn(aResponse().withStatus(200)));

            EngineExecutionResults results = run("""
                    name: Redirect credentials
                    steps:
                      - name: Away
                        followRedirects: true
                        request:
                          url: <<base>>/away
                          bearer: secret-bearer-token
                          headers:
                            X-Trace: kept
                        expect:
                          status: 200
                      - name: Here
                        followRedirects: true
                        request:
                          url: <<base>>/here
                          bearer: secret-bearer-token
                        expect:
                          status: 200
                    """);

            results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
            LoggedRequest landing = other.requests().get(0);
            assertEquals("/landing", landing.getUrl());
            assertFalse(landing.containsHeader("Authorization"), "the bearer token went to another origin");
            assertEquals("kept", landing.getHeader("X-Trace"));
            http.server().verify(getRequestedFor(urlPathEqualTo("/home"))
                    .withHeader("Authorization", equalTo("Bearer secret-bearer-token")));
        }
    }

    @Test
    void aVariableCapturedAgainByALaterStepNoLongerSkipsTheStepsThatUseIt() {
        http.server().stubFor(get("/flaky").willReturn(okJson("{\"nothing\":true}")));
        http.server().stubFor(get("/stable").willReturn(okJson("{\"token\":\"tok-2\"}")));
        http.server().stubFor(get(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(200)));

        EngineExecutionResults results = run("""
                name: Retry
                steps:
                  - name: First try
                    request:
                      url: <<base>>/flaky
                    capture:
                      token: {json: $.token}
                  - name: Second try
                    request:
                      url: <<base>>/stable
                    capture:
                      token: {json: $.token}
                  - name: Use the token
                    request:
                      url: <<base>>/me
                      query: {token: <<token>>}
                """);

        assertEquals("FAILED", statusOf(results, "First try"));
        assertEquals("SUCCESSFUL", statusOf(results, "Second try"));
        assertEquals("SUCCESSFUL", statusOf(results, "Use the token"));
        assertEquals(List.of("/flaky", "/stable", "/me?token=tok-2"), http.urls());
    }

    @Test
    void variablePrecedenceIsCollectionThenEnvironmentThenCapturedThenCommandLine() {
        http.server().stubFor(get(urlPathEqualTo("/capture")).willReturn(okJson("{\"c\":\"cap-c\",\"d\":\"cap-d\"}")));
        http.server().stubFor(get(urlPathEqualTo("/show")).willReturn(aResponse().withStatus(200)));
        Path environment = TestFiles.write(dir, "env/layered.yaml", """
                vars:
                  b: env-b
                  c: env-c
                  d: env-d
                  e: <<a>>-from-env
                """);
        Path collection = TestFiles.write(dir, "precedence.yaml", """
                name: Precedence
                vars:
                  a: coll-a
                  b: coll-b
                  c: coll-c
                  d: coll-d
                steps:
                  - name: Before capturing
                    request:
                      url: <<base>>/capture
                      query: {a: <<a>>, b: <<b>>, c: <<c>>, d: <<d>>, e: <<e>>}
                    capture:
                      c: {json: $.c}
                      d: {json: $.d}
                  - name: After capturing
                    request:
                      url: <<base>>/show
                      query: {a: <<a>>, b: <<b>>, c: <<c>>, d: <<d>>}
                """);

        EngineExecutionResults results = EngineRun.engine().env(environment).var("base", http.baseUrl())
                .var("d", "cli-d").executeFiles(collection);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        List<LoggedRequest> requests = http.requests();
        assertEquals(2, requests.size());
        assertEquals("/capture?a=coll-a&b=env-b&c=env-c&d=cli-d&e=coll-a-from-env", requests.get(0).getUrl());
        assertEquals("/show?a=coll-a&b=env-b&c=cap-c&d=cli-d", requests.get(1).getUrl());
    }

    @Test
    void anUndefinedVariableAtRunTimeIsAnErrorNamingTheVariableAndWhereItIsUsed() {
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        Path collection = TestFiles.write(dir, "undefined.yaml", """
                name: Undefined
                vars:
                  userName: alice
                steps:
                  - name: Uses an undefined variable
                    request:
                      url: <<base>>/users
                      query:
                        name: <<userNme>>
                  - name: Still runs
                    request:
                      url: <<base>>/ok
                """);

        EngineExecutionResults results = engine().executeFiles(collection);

        Throwable error = throwableOf(results, "Uses an undefined variable");
        assertInstanceOf(StepError.class, error);
        String message = error.getMessage();
        assertTrue(message.contains("undefined variable 'userNme'"), message);
        assertTrue(message.contains(TestFiles.positionOf(collection, "<<userNme>>")), message);
        assertTrue(message.contains("did you mean 'userName'"), message);
        assertEquals("SUCCESSFUL", statusOf(results, "Still runs"));
        assertEquals(List.of("/ok"), http.urls(), "the step with the undefined variable sent nothing");
    }

    @Test
    void aVariableFromAnUnsetOsEnvironmentVariableIsAnErrorWhenUsed() {
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        Path environment = TestFiles.write(dir, "env/ci.yaml", """
                vars:
                  apiKey: {env: BATON_TEST_SURELY_UNSET_7F3A, secret: true}
                """);
        Path collection = TestFiles.write(dir, "unset.yaml", """
                name: Unset
                steps:
                  - name: Needs the key
                    request:
                      url: <<base>>/x
                      headers:
                        X-Api-Key: <<apiKey>>
                """);

        EngineExecutionResults results = EngineRun.engine().env(environment).var("base", http.baseUrl())
                .executeFiles(collection);

        Throwable error = throwableOf(results, "Needs the key");
        assertInstanceOf(StepError.class, error);
        assertTrue(error.getMessage().contains("apiKey"), error.getMessage());
        assertTrue(error.getMessage().contains("BATON_TEST_SURELY_UNSET_7F3A is not set"), error.getMessage());
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void secretValuesAreMaskedInFailureMessages() {
        http.server().stubFor(get(urlPathEqualTo("/echo")).willReturn(okJson("{\"echo\":\"s3cr3t-api-key-value\"}")));
        Path environment = TestFiles.write(dir, "env/secret.yaml", """
                vars:
                  apiKey: {value: s3cr3t-api-key-value, secret: true}
                """);
        Path collection = TestFiles.write(dir, "mask.yaml", """
                name: Mask
                steps:
                  - name: Echo
                    request:
                      url: <<base>>/echo
                      headers:
                        X-Api-Key: <<apiKey>>
                    expect:
                      json:
                        $.echo: something else
                """);

        EngineExecutionResults results = EngineRun.engine().env(environment).var("base", http.baseUrl())
                .executeFiles(collection);

        Throwable failure = throwableOf(results, "Echo");
        assertInstanceOf(AssertionError.class, failure);
        assertFalse(failure.getMessage().contains("s3cr3t-api-key-value"), failure.getMessage());
        assertTrue(failure.getMessage().contains("*****"), failure.getMessage());
        http.server().verify(getRequestedFor(urlPathEqualTo("/echo"))
                .withHeader("X-Api-Key", equalTo("s3cr3t-api-key-value")));
    }

    @Test
    void anEnvironmentFileThatCannotBeFoundFailsEveryCollection() {
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        Path collection = TestFiles.write(dir, "c.yaml", """
                name: Needs an environment
                steps:
                  - name: Step
                    request:
                      url: <<base>>/x
                """);

        EngineExecutionResults results = EngineRun.engine().env(dir.resolve("env/missing.yaml"))
                .var("base", http.baseUrl()).executeFiles(collection);

        List<Event> failed = results.containerEvents().failed().list();
        assertEquals(1, failed.size(), () -> results.allEvents().list().toString());
        assertEquals("Needs an environment", failed.get(0).getTestDescriptor().getDisplayName());
        Throwable error = failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow();
        assertTrue(error.getMessage().contains("environment file not found"), error.getMessage());
        assertEquals(1, results.containerEvents().started().list().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals("Needs an environment")).count(),
                "the collection is started before it is finished");
        assertTrue(http.requests().isEmpty());
    }
}
