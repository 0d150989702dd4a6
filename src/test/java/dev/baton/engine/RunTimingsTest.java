package dev.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.report.json.RunJsonReader;
import dev.baton.results.StepTimings;
import dev.baton.results.store.StoredRun;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The step timings of a run are gathered as its steps are told, not by walking the tree at the end: they must be
 * those a walk of the written report gives.
 */
class RunTimingsTest {

    @Test
    void theTimingsOfADataRunAreThoseOfAWalkOfItsReport(@TempDir Path dir) throws Exception {
        try (HttpStub http = HttpStub.start()) {
            http.server().stubFor(get(urlPathMatching("/slow/.*"))
                    .willReturn(aResponse().withStatus(200).withUniformRandomDelay(0, 25)));
            http.server().stubFor(get(urlPathMatching("/fast/.*")).willReturn(aResponse().withStatus(200)));
            Path collection = TestFiles.write(dir, "c.yaml", """
                    name: timed
                    steps:
                      - name: slow
                        request: {url: "<<base>>/slow/<<id>>"}
                        expect: {status: 200}
                      - name: fast
                        request: {url: "<<base>>/fast/<<id>>"}
                        expect: {status: 200}
                    """);
            StringBuilder rows = new StringBuilder("id\n");
            for (int i = 1; i <= 40; i++) {
                rows.append(i).append('\n');
            }
            Path data = TestFiles.write(dir, "rows.csv", rows.toString());
            Path report = dir.resolve("run.json");

            CliRun run = CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString(),
                    "--var", "base=" + http.baseUrl(), "--data", data.toString(), "--reporter", "json:" + report);

            assertEquals(0, run.exitCode(), run::toString);
            List<StepTimings> told = new ArrayList<>();
            for (JsonNode t : new ObjectMapper().readTree(report.toFile()).get("timings")) {
                told.add(new StepTimings(t.get("collection").asText(), t.get("step").asText(), t.get("tries").asInt(),
                        t.get("minMillis").asLong(), t.get("medianMillis").asLong(), t.get("p95Millis").asLong(),
                        t.get("maxMillis").asLong()));
            }
            try (StoredRun read = RunJsonReader.read(report)) {
                assertEquals(read.run().timings(), told);
            }
            assertEquals(List.of("slow", "fast"), told.stream().map(StepTimings::step).toList());
            assertEquals(40, told.get(0).samples());
        }
    }
}
