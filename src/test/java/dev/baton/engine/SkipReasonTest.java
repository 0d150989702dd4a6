package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.baton.testing.EngineRun.skipReason;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A skipped step names the step that last failed to produce the variable it needs (issue 10, defect 6). */
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
}
