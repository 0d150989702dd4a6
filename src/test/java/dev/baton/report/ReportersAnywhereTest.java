package dev.baton.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporters chosen by the configuration parameter {@code baton.reporters} under the JUnit {@code EngineTestKit}
 * (so under any launcher): Baton's own, and one that is not Baton's, found by {@code ServiceLoader}; and the
 * order they report in when the platform runs iterations side by side.
 */
class ReportersAnywhereTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private Path collection() {
        return TestFiles.write(dir, "c.yaml", """
                name: rows
                steps:
                  - name: fetch
                    request: {url: "<<base>>/row/<<id>>"}
                    expect: {status: 200}
                  - name: after
                    request: {url: "<<base>>/after/<<id>>"}
                """);
    }

    @Test
    void batonsReportersAndAUsersReporterAreChosenByConfiguration() throws Exception {
        http.server().stubFor(get(urlPathEqualTo("/row/1")).willReturn(aResponse().withStatus(500)));
        http.server().stubFor(get(urlPathEqualTo("/row/2")).willReturn(aResponse().withStatus(200)));
        http.server().stubFor(get(urlPathEqualTo("/after/1")).willReturn(aResponse().withStatus(200)));
        http.server().stubFor(get(urlPathEqualTo("/after/2")).willReturn(aResponse().withStatus(200)));
        Path data = TestFiles.write(dir, "rows.csv", "id\n1\n2\n");
        Path json = dir.resolve("out/r.json");
        Path html = dir.resolve("out/r.html");
        Path events = dir.resolve("out/events.txt");

        EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .parameter("baton.data", data.toString())
                .parameter(Reporters.PARAMETER, "json:" + json + ", html:" + html + ",events:" + events)
                .executeFiles(collection());

        JsonNode root = JSON.readTree(json.toFile());
        assertEquals("FAILED", root.get("status").asText());
        assertEquals(3, root.get("summary").get("passed").asInt());
        assertEquals(1, root.get("summary").get("failed").asInt());
        assertEquals("4", Jsoup.parse(html.toFile(), "UTF-8").selectFirst(".tile.total .n").text());
        assertEquals(List.of("unit rows #1", "step #1 fetch FAILED status: expected equals 200 but was 500",
                "step #1 after PASSED ", "end #1", "unit rows #2", "step #2 fetch PASSED ",
                "step #2 after PASSED ", "end #2", "collection rows",
                "run FAILED StepCounts[passed=3, failed=1, errors=0, skipped=0, notApplicable=0, inconclusive=0]"), TestFiles.read(events).lines()
                .toList(), "the user's reporter saw every event, in plan order");
    }

    @Test
    void withJobsIterationsRunSideBySideYetEveryReportIsInPlanOrder() throws Exception {
        for (int row = 1; row <= 4; row++) {
            http.server().stubFor(get(urlPathEqualTo("/row/" + row)).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(900 - 250 * row)));
            http.server().stubFor(get(urlPathEqualTo("/after/" + row)).willReturn(aResponse().withStatus(200)));
        }
        Path data = TestFiles.write(dir, "rows.csv", "id\n1\n2\n3\n4\n");
        Path sequential = dir.resolve("one.txt");
        Path parallel = dir.resolve("four.txt");
        Path json = dir.resolve("four.json");

        EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .parameter("baton.data", data.toString()).parameter(Reporters.PARAMETER, "events:" + sequential)
                .executeFiles(collection());
        http.server().resetRequests();
        EngineRun.engine().env(TestFiles.emptyEnvironment(dir)).var("base", http.baseUrl())
                .parameter("baton.data", data.toString()).parameter("baton.jobs", "4")
                .parameter(Reporters.PARAMETER, "events:" + parallel + ",json:" + json)
                .executeFiles(collection());

        List<LoggedRequest> after = new ArrayList<>(http.requests().stream()
                .filter(r -> r.getUrl().startsWith("/after/")).toList());
        after.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        assertNotEquals("/after/1", after.get(0).getUrl(), "the fastest row finished first, not the first row");
        assertEquals(TestFiles.read(sequential), TestFiles.read(parallel), "the same events in the same order");
        List<String> names = new ArrayList<>();
        JSON.readTree(json.toFile()).at("/collections/0/iterations").forEach(i -> names.add(i.get("name").asText()));
        assertEquals(List.of("#1", "#2", "#3", "#4"), names);
        assertTrue(TestFiles.read(parallel).endsWith("run PASSED StepCounts[passed=8, failed=0, errors=0, skipped=0, notApplicable=0, inconclusive=0]\n"));
    }
}
