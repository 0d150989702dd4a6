package dev.baton.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.importer.postman.PostmanImporter;
import dev.baton.importer.postman.TestLink;
import dev.baton.testing.CliRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same Postman collection run by Newman and, imported, by Baton, against one loopback server: every Postman test
 * that was translated whole must pass or fail in Baton as it does in Newman. The collection has each translated
 * assertion kind passing and failing; a comparison that finds too few tests, or no failing one, fails.
 */
class NewmanComparisonTest {

    private static final String THING = """
            {"id": 1, "name": "Widget", "owner": {"name": "Ada"}, "price": 9.5, "count": 3, "active": true,
             "archived": false, "tags": ["a", "b"], "labels": ["x"], "pair": [1, 2], "triple": [1, 2, 3],
             "code": "AB-12", "note": "n/a", "rating": 4, "kind": "c", "meta": {"version": 2}, "empty": [],
             "full": [1], "present": 1, "weight": 2, "height": 3, "size": 5, "items": [1, 2, 3]}""";

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        var server = http.server();
        server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Trace", "abc-123")
                .withHeader("X-Server", "baton-stub").withHeader("X-Content-Kind", "application/json; charset=utf-8")
                .withHeader("X-Stub", "1").withBody(THING)));
        server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/things/2")
                .withHeader("X-Stub", "1").withBody("{\"id\": 2}")));
        server.stubFor(get(urlPathEqualTo("/things/2")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Stub", "1")
                .withBody("{\"id\": 2, \"name\": \"Gadget\"}")));
        server.stubFor(get(urlPathEqualTo("/text")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withHeader("X-Stub", "1").withBody("hello world")));
        server.stubFor(get(urlPathEqualTo("/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("X-Stub", "1")
                .withBody("{\"error\": \"not found\"}")));
        server.stubFor(get(urlPathEqualTo("/redirect")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/things/1").withHeader("X-Stub", "1")));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void batonPassesAndFailsEveryTranslatedTestAsNewmanDoes() throws Exception {
        Path collection = TestFiles.repositoryFile("src/test/resources/import/newman/comparison.postman_collection.json");
        Path environment = TestFiles.write(dir, "stub.postman_environment.json", """
                {"name": "Stub", "values": [{"key": "baseUrl", "value": "%s", "type": "default", "enabled": true}]}
                """.formatted(http.baseUrl()));

        Map<String, Boolean> newman = NewmanRunner.byItemAndName(NewmanRunner.run(collection, environment, dir));

        Path out = dir.resolve("imported");
        CliRun imported = CliRun.of("import", "postman", collection.toString(), "-e", environment.toString(), "--out",
                out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        Path report = dir.resolve("baton.json");
        CliRun run = CliRun.of("run", out.toString(), "--env", out.resolve("environments/stub.yaml").toString(),
                "--reporter", "json:" + report);
        assertEquals(1, run.exitCode(), run::toString);
        Map<String, Step> baton = steps(report);

        List<TestLink> links = PostmanImporter.read(collection, new PostmanImporter.Options(List.of(environment),
                PostmanImporter.Folders.COLLECTIONS)).tests();
        Map<String, Integer> labelUses = new HashMap<>();
        links.forEach(l -> l.labels().forEach(label -> labelUses.merge(l.step() + " :: " + label, 1, Integer::sum)));

        Map<String, String> mismatches = new TreeMap<>();
        int compared = 0;
        int failing = 0;
        List<String> leftAside = new ArrayList<>();
        for (TestLink link : links) {
            String key = link.step() + " :: " + link.test();
            boolean shared = link.labels().stream().anyMatch(label -> labelUses.get(link.step() + " :: " + label) > 1
                    && !label.equals("header X-Stub"));
            if (!link.whole() || link.labels().isEmpty() || shared) {
                leftAside.add(key);
                continue;
            }
            Boolean newmanPassed = newman.get(key);
            assertTrue(newmanPassed != null, () -> "Newman ran no test '" + key + "'; it ran " + newman.keySet());
            Step step = baton.get(link.step());
            assertTrue(step != null, () -> "Baton ran no step '" + link.step() + "'; it ran " + baton.keySet());
            boolean batonPassed = step.passes(link.labels());
            compared++;
            failing += newmanPassed ? 0 : 1;
            if (batonPassed != newmanPassed) {
                mismatches.put(key, "Newman " + (newmanPassed ? "passed" : "failed") + ", Baton "
                        + (batonPassed ? "passed" : "failed") + " " + step);
            }
        }
        System.out.printf("Newman comparison: %d tests compared (%d failing in Newman), %d disagree, %d left aside%n",
                compared, failing, mismatches.size(), leftAside.size());
        assertEquals(Map.of(), mismatches, "tests where Baton and Newman disagree");
        assertTrue(compared >= 40, "only " + compared + " tests compared; left aside: " + leftAside);
        assertTrue(failing >= 15, "only " + failing + " of the compared tests fail in Newman");
        assertEquals(List.of("Get a thing :: name is a string"), leftAside, "tests left out of the comparison");
    }

    /** A step of Baton's JSON report: its outcome and each assertion's verdict by label. */
    private record Step(String outcome, Map<String, Boolean> assertions) {
        boolean passes(Set<String> labels) {
            if (!outcome.equals("PASSED") && !outcome.equals("FAILED")) {
                return false;
            }
            return labels.stream().allMatch(l -> Boolean.TRUE.equals(assertions.get(l)));
        }
    }

    private static Map<String, Step> steps(Path report) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(report));
        Map<String, Step> steps = new HashMap<>();
        for (JsonNode collection : root.path("collections")) {
            for (JsonNode iteration : collection.path("iterations")) {
                for (JsonNode step : iteration.path("steps")) {
                    Map<String, Boolean> assertions = new HashMap<>();
                    step.path("assertions").forEach(a -> assertions.merge(a.path("label").asText(),
                            a.path("passed").asBoolean(), Boolean::logicalAnd));
                    steps.put(step.path("name").asText(), new Step(step.path("outcome").asText(), assertions));
                }
            }
        }
        return steps;
    }
}
