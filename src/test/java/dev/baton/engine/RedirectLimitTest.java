package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static dev.baton.testing.EngineRun.statusOf;
import static dev.baton.testing.EngineRun.throwableOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redirects are followed up to a limit (10, or {@code baton.maxRedirects}); a loop or a longer chain is an error. */
class RedirectLimitTest {

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
        for (int i = 1; i <= 3; i++) {
            http.server().stubFor(get("/hop/" + i).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", i == 3 ? "/end" : "/hop/" + (i + 1))));
        }
        http.server().stubFor(get("/end").willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private EngineExecutionResults run(String path, String... parameters) {
        EngineRun engine = EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl());
        for (int i = 0; i < parameters.length; i += 2) {
            engine.parameter(parameters[i], parameters[i + 1]);
        }
        return engine.executeFiles(TestFiles.write(dir, "c.yaml", """
                name: redirects
                steps:
                  - name: follow
                    followRedirects: true
                    request: {url: "<<base>>%s"}
                """.formatted(path)));
    }

    @Test
    void aLoopFailsTheStepWithTheChainAfterTheLimit() {
        EngineExecutionResults results = run("/loop");

        Throwable error = throwableOf(results, "follow");
        assertInstanceOf(StepError.class, error);
        String message = error.getMessage();
        assertTrue(message.contains("too many redirects (more than 10), in a loop: GET " + http.baseUrl() + "/loop "
                + "302 -> GET " + http.baseUrl() + "/loop"), message);
        assertEquals(11, http.urls().size(), "the first request and ten redirects");
    }

    @Test
    void aChainLongerThanTheLimitFailsAndOneWithinItPasses() {
        Throwable error = throwableOf(run("/hop/1", RunSettings.MAX_REDIRECTS, "2"), "follow");
        assertTrue(error.getMessage().contains("too many redirects (more than 2): GET " + http.baseUrl()
                + "/hop/1 302 -> GET " + http.baseUrl() + "/hop/2 302 -> GET " + http.baseUrl() + "/hop/3 302 -> GET "
                + http.baseUrl() + "/end"), error.getMessage());

        http.server().resetRequests();
        assertEquals("SUCCESSFUL", statusOf(run("/hop/1", RunSettings.MAX_REDIRECTS, "3"), "follow"));
        assertEquals(4, http.urls().size());
    }
}
