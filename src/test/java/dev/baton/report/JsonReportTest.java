package dev.baton.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.report.json.JsonReporter;
import dev.baton.report.json.RunJsonReader;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.RunResult;
import dev.baton.results.StepResult;
import dev.baton.results.store.StoredRun;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.baton.report.Records.ORDERS;
import static dev.baton.report.Records.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --reporter json:FILE}: the documented shape, a function of the result tree. */
class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Users: four steps, one of each outcome; Orders: three iterations of two passing steps. */
    private static RunResult mixed() {
        return Records.run(
                Records.plain("Users", USERS, Records.passed(USERS, 0, "List users"),
                        Records.failed(USERS, 1, "Get a token"), Records.error(USERS, 2, "Nobody home"),
                        Records.skipped(USERS, 3, "Use the token")),
                new CollectionResult("Orders", ORDERS, 1, null, Records.numbered(List.of("#1 ada", "#2 bob", "#10 zoe").stream()
                        .map(i -> Records.iteration(i, Records.passed(ORDERS, 0, "Place an order"),
                                Records.passed(ORDERS, 1, "Read the order"))).toList())));
    }

    private JsonNode write(RunResult run) throws Exception {
        Path file = Records.write(new JsonReporter(), dir.resolve("out/report.json"), run);
        return JSON.readTree(file.toFile());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.get(field).isNull() ? null : e.get(field).asText()));
        return values;
    }

    @Test
    void fieldsGoALineEachAndEachValueOfAStepsListsGoesOnOneLine() throws Exception {
        Path file = Records.write(new JsonReporter(), dir.resolve("layout.json"), mixed());
        List<String> lines = Files.readAllLines(file);
        JsonNode steps = JSON.readTree(file.toFile()).get("collections").get(0).get("iterations").get(0).get("steps");

        int at = lines.indexOf("              \"exchanges\": [");
        assertTrue(at > 0, String.join("\n", lines));
        String exchange = lines.get(at + 1).strip();
        assertEquals(steps.get(0).get("exchanges").get(0), JSON.readTree(exchange));
        assertFalse(exchange.contains("\": "), exchange);
        assertTrue(lines.contains("              \"outcome\": \"PASSED\","), String.join("\n", lines));
        assertTrue(lines.contains("  \"summary\": {"), String.join("\n", lines));
        long exchanges = JSON.readTree(file.toFile()).findValues("exchanges").stream().mapToInt(JsonNode::size).sum();
        assertEquals(exchanges, lines.stream().filter(l -> l.strip().startsWith("{\"request\":{")).count());
    }

    @Test
    void theDocumentHasTheDocumentedShape() throws Exception {
        JsonNode root = write(mixed());

        assertEquals(List.of("baton", "status", "startedAt", "finishedAt", "durationMillis", "environment", "suite",
                "shard", "summary", "timings", "collections"), names(root));
        assertEquals("local", root.get("environment").asText());
        assertEquals("0123abcd", root.get("suite").asText());
        assertTrue(root.get("shard").isNull(), "a whole run is no shard");
        assertEquals("FAILED", root.get("status").asText());
        java.time.Instant started = java.time.Instant.parse(root.get("startedAt").asText());
        java.time.Instant finished = java.time.Instant.parse(root.get("finishedAt").asText());
        assertFalse(finished.isBefore(started));
        assertTrue(root.get("durationMillis").canConvertToLong());
        JsonNode summary = root.get("summary");
        assertEquals(List.of("passed", "failed", "errors", "skipped", "notApplicable", "inconclusive", "total"),
                names(summary));
        assertEquals(List.of(7, 1, 1, 1, 10), List.of(summary.get("passed").asInt(), summary.get("failed").asInt(),
                summary.get("errors").asInt(), summary.get("skipped").asInt(), summary.get("total").asInt()));

        JsonNode collections = root.get("collections");
        assertEquals(List.of("Users", "Orders"), texts(collections, "name"));
        JsonNode users = collections.get(0);
        assertEquals(List.of("name", "file", "position", "error", "iterations"), names(users));
        assertEquals(List.of(0, 1), List.of(collections.get(0).get("position").asInt(),
                collections.get(1).get("position").asInt()));
        assertEquals("collections/users.yaml", users.get("file").asText());
        assertTrue(users.get("error").isNull());
        assertEquals(1, users.get("iterations").size());
        JsonNode single = users.get("iterations").get(0);
        assertEquals(List.of("name", "number", "error", "steps"), names(single));
        assertTrue(single.get("name").isNull());
        assertEquals(1, single.get("number").asInt());
        JsonNode steps = single.get("steps");
        assertEquals(List.of("List users", "Get a token", "Nobody home", "Use the token"), texts(steps, "name"));
        assertEquals(List.of("PASSED", "FAILED", "ERROR", "SKIPPED"), texts(steps, "outcome"));
        assertEquals(List.of("name", "line", "column", "outcome", "message", "startedAt", "durationMillis",
                "attemptMillis", "problems", "exchanges", "captures", "assertions"), names(steps.get(0)));
        assertEquals(5, steps.get(0).get("column").asInt());
        assertEquals("2025-06-01T10:00:00Z", steps.get(0).get("startedAt").asText());
        assertEquals(0, steps.get(0).get("problems").size());
        JsonNode problem = steps.get(1).get("problems").get(0);
        assertEquals(List.of("message", "file", "line", "column", "source"), names(problem));
        assertEquals(List.of("status: expected equals 201 but was 200", "collections/users.yaml", "17", "9",
                "      status: 201"), List.of(problem.get("message").asText(), problem.get("file").asText(),
                problem.get("line").asText(), problem.get("column").asText(), problem.get("source").asText()));
        assertTrue(steps.get(0).get("message").isNull());
        assertEquals(10, steps.get(0).get("line").asInt());
        assertEquals(12, steps.get(0).get("durationMillis").asLong());
        assertEquals("status: expected equals 201 but was 200", steps.get(1).get("message").asText());

        JsonNode exchange = steps.get(1).get("exchanges").get(0);
        assertEquals(List.of("request", "response"), names(exchange));
        assertEquals(List.of("method", "url", "headers", "body"), names(exchange.get("request")));
        assertEquals("POST", exchange.get("request").get("method").asText());
        assertEquals("https://api.example.test/token", exchange.get("request").get("url").asText());
        assertEquals("Authorization", exchange.get("request").get("headers").get(0).get("name").asText());
        assertEquals("Bearer *****", exchange.get("request").get("headers").get(0).get("value").asText());
        assertEquals("grant_type=x&code=*****", exchange.get("request").get("body").asText());
        JsonNode response = exchange.get("response");
        assertEquals(List.of("status", "headers", "body", "bodyTruncated", "contentType", "durationMillis"),
                names(response));
        assertEquals(200, response.get("status").asInt());
        assertEquals("{\"access_token\":\"*****\",\"token_type\":\"mac\"}", response.get("body").asText());
        assertFalse(response.get("bodyTruncated").asBoolean());
        assertEquals("application/json", response.get("contentType").asText());
        assertEquals(7, response.get("durationMillis").asLong());
        assertEquals("*****", steps.get(1).get("captures").get("token").asText());
        JsonNode assertions = steps.get(1).get("assertions");
        assertEquals(List.of("label", "passed", "message", "position"), names(assertions.get(0)));
        assertEquals("collections/users.yaml:17:9", assertions.get(0).get("position").asText());
        assertTrue(assertions.get(1).get("position").isNull());
        assertEquals(List.of("status", "json $.token_type"), texts(assertions, "label"));
        assertFalse(assertions.get(0).get("passed").asBoolean());
        assertTrue(assertions.get(1).get("message").isNull());

        JsonNode refused = steps.get(2).get("exchanges").get(0);
        assertTrue(refused.get("response").isNull(), "no response was read");
        assertEquals(0, steps.get(3).get("exchanges").size());

        JsonNode orders = collections.get(1).get("iterations");
        assertEquals(List.of("#1 ada", "#2 bob", "#10 zoe"), texts(orders, "name"), "iterations in plan order");
        assertEquals(List.of("1", "2", "3"), texts(orders, "number"));
        orders.forEach(i -> assertEquals(List.of("Place an order", "Read the order"), texts(i.get("steps"), "name")));
    }

    /** What {@code baton merge} and {@code --shard-timings} rely on: the report reads back into the same tree. */
    @Test
    void theReportReadsBackIntoTheTreeItWasWrittenFrom() throws Exception {
        Path first = Records.write(new JsonReporter(), dir.resolve("first.json"), mixed());
        try (StoredRun read = RunJsonReader.read(first)) {
            Path second = Records.write(new JsonReporter(), dir.resolve("second.json"), read.run());
            assertEquals(Files.readString(first), Files.readString(second));
        }
    }

    @Test
    void aRunWithoutFailuresIsPassed() throws Exception {
        JsonNode root = write(Records.run(Records.plain("Users", USERS, Records.passed(USERS, 0, "List users"),
                Records.skipped(USERS, 1, "Later"))));
        assertEquals("PASSED", root.get("status").asText());
        assertEquals(2, root.get("summary").get("total").asInt());
    }

    @Test
    void anEmptyRunIsAnEmptyDocument() throws Exception {
        JsonNode root = write(Records.run());
        assertEquals(0, root.get("summary").get("total").asInt());
        assertEquals(0, root.get("collections").size());
        assertEquals("PASSED", root.get("status").asText());
    }

    @Test
    void aStoppedRunIsInterruptedWhateverItsSteps() throws Exception {
        RunResult run = Records.run(Records.plain("Users", USERS, Records.passed(USERS, 0, "List users")));
        JsonNode root = write(new RunResult(run.startedAt(), run.finishedAt(), true, "local", run.suite(), run.collections()));
        assertEquals("INTERRUPTED", root.get("status").asText());
    }

    @Test
    void aLongBodyIsMaskedBeforeItIsCutSoNoCutShowsPartOfASecret() throws Exception {
        String secret = "sk_live_" + "S".repeat(40);
        String body = "x".repeat(ExchangeRecord.MAX_BODY_CHARS - 10) + secret + "tail";
        StepResult step = new StepResult("Big", new dev.baton.model.Position("c.yaml", 3, 5),
                dev.baton.results.Outcome.PASSED, "", List.of(), Records.START, 1,
                List.of(new ExchangeRecord("GET", "http://x.test/", List.of(), null, 200, List.of(), body,
                        "text/plain", 1)), java.util.Map.of(), List.of());
        Redactor secrets = new Redactor();
        secrets.add(secret);
        OutputBoundary boundary = new OutputBoundary(secrets);
        PrintWriter quiet = new PrintWriter(new StringWriter());
        Path file = dir.resolve("cut.json");
        JsonReporter reporter = new JsonReporter();
        reporter.open(new ReporterContext(file, new Streams(boundary, quiet, quiet), "test",
                key -> java.util.Optional.empty()));
        reporter.runFinished(Records.run(Records.plain("C", USERS, step)));

        String written = Files.readString(file);
        assertFalse(written.contains(secret.substring(0, 10)), "a part of the secret is shown");
        JsonNode response = JSON.readTree(written).get("collections").get(0).get("iterations").get(0).get("steps")
                .get(0).get("exchanges").get(0).get("response");
        assertTrue(response.get("body").asText().endsWith("*****tail"), response.get("body").asText());
        assertFalse(response.get("bodyTruncated").asBoolean(), "masking made it short enough");
    }
}
