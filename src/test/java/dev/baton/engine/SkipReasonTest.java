package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.baton.testing.EngineRun.skipReason;
import static dev.baton.testing.EngineRun.statusOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A skipped step names the step that last failed to produce the variable it needs (issue 10, defect 6); what a failed
 * step did capture is kept for the steps after it.
 */
class SkipReasonTest {

    @Test
    void theLastFailedProducerIsNamedAndASkippedProducerIsNamedAsSkipped(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(any(anyUrl()).willReturn(okJson("{}")));
            EngineExecutionResults results = EngineRun.engine().env(TestFiles.emptyEnvironment(dir))
                    .var("base", http.baseUrl()).executeFiles(TestFiles.write(dir, "c.yaml", """
                            name: producers
                            steps:
                              - name: first try
                                request: {url: "<<base>>/a"}
                                capture: {token: {json: $.token}}
                              - name: second try
                                request: {url: "<<base>>/b"}
                                capture: {token: {json: $.token}}
                              - name: uses the token
                                request: {url: "<<base>>/c/<<token>>"}
                                capture: {user: {json: $.user}}
                              - name: uses the user
                                request: {url: "<<base>>/d/<<user>>"}
                            """));

            assertEquals("needs <<token>>, which step 'second try' failed to capture",
                    skipReason(results, "uses the token"));
            assertEquals("needs <<user>>, which step 'uses the token' did not capture (it was skipped)",
                    skipReason(results, "uses the user"));
        }
    }

    @Test
    void aFailedStepKeepsTheCapturesThatFoundTheirValue(@TempDir Path dir) {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get("/items").willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "application/json").withBody("{\"id\": \"42\"}")));
            http.server().stubFor(get("/items/42").willReturn(okJson("{}")));
            EngineExecutionResults results = EngineRun.engine().env(TestFiles.emptyEnvironment(dir))
                    .var("base", http.baseUrl()).executeFiles(TestFiles.write(dir, "c.yaml", """
                            name: kept
                            steps:
                              - name: create
                                request: {url: "<<base>>/items"}
                                capture: {id: {json: $.id}, etag: {header: ETag}}
                                expect: {status: 201}
                              - name: uses the id
                                request: {url: "<<base>>/items/<<id>>"}
                              - name: uses the etag
                                request: {url: "<<base>>/items/<<etag>>"}
                            """));

            assertEquals("FAILED", statusOf(results, "create"));
            assertEquals("SUCCESSFUL", statusOf(results, "uses the id"));
            assertTrue(http.urls().contains("/items/42"), http.urls()::toString);
            assertEquals("needs <<etag>>, which step 'create' failed to capture", skipReason(results, "uses the etag"));
        }
    }
}
