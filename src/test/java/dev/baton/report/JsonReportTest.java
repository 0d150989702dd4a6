package dev.baton.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.results.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.baton.report.Records.ORDERS;
import static dev.baton.report.Records.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --reporter json:FILE}: the documented shape, the order, whatever order the records arrive in. */
class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Users: four steps, one of each outcome; Orders: three iterations of two passing steps. */
    private static List<StepRecord> records() {
        List<StepRecord> records = new ArrayList<>();
        records.add(Records.skipped(USERS, "Users", null, 3, "Use the token"));
        records.add(Records.passed(USERS, "Users", null, 0, "List users"));
        records.add(Records.error(USERS, "Users", null, 2, "Nobody home"));
        records.add(Records.failed(USERS, "Users", null, 1, "Get a token"));
        for (String iteration : List.of("#10 zoe", "#2 bob", "#1 ada")) {
            records.add(Records.passed(ORDERS, "Orders", iteration, 1, "Read the order"));
            records.add(Records.passed(ORDERS, "Orders", iteration, 0, "Place an order"));
        }
        return records;
    }

    private JsonNode write(List<StepRecord> records) throws Exception {
        Path file = dir.resolve("out/report.json");
        try (RecordedReport report = RecordedReport.json(file)) {
            records.forEach(report.observer()::stepFinished);
            report.finish();
        }
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
    void theDocumentHasTheDocumentedShape() throws Exception {
        JsonNode root = write(records());

        assertEquals(List.of("baton", "status", "startedAt", "finishedAt", "durationMillis", "summary",
                "collections"), names(root));
        assertEquals("FAILED", root.get("status").asText());
        Instant started = Instant.parse(root.get("startedAt").asText());
        Instant finished = Instant.parse(root.get("finishedAt").asText());
        assertFalse(finished.isBefore(started));
        assertTrue(root.get("durationMillis").canConvertToLong());
        JsonNode summary = root.get("summary");
        assertEquals(List.of("passed", "failed", "errors", "skipped", "total"), names(summary));
        assertEquals(List.of(7, 1, 1, 1, 10), List.of(summary.get("passed").asInt(), summary.get("failed").asInt(),
                summary.get("errors").asInt(), summary.get("skipped").asInt(), summary.get("total").asInt()));

        JsonNode collections = root.get("collections");
        assertEquals(List.of("Users", "Orders"), texts(collections, "name"));
        JsonNode users = collections.get(0);
        assertEquals(List.of("name", "file", "error", "iterations"), names(users));
        assertEquals("collections/users.yaml", users.get("file").asText());
        assertTrue(users.get("error").isNull());
        assertEquals(1, users.get("iterations").size());
        JsonNode single = users.get("iterations").get(0);
        assertEquals(List.of("name", "error", "steps"), names(single));
        assertTrue(single.get("name").isNull());
        JsonNode steps = single.get("steps");
        assertEquals(List.of("List users", "Get a token", "Nobody home", "Use the token"), texts(steps, "name"));
        assertEquals(List.of("PASSED", "FAILED", "ERROR", "SKIPPED"), texts(steps, "outcome"));
        assertEquals(List.of("name", "line", "outcome", "message", "durationMillis", "exchanges", "captures",
                "assertions"), names(steps.get(0)));
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
        assertEquals(List.of("label", "passed", "message"), names(assertions.get(0)));
        assertEquals(List.of("status", "json $.token_type"), texts(assertions, "label"));
        assertFalse(assertions.get(0).get("passed").asBoolean());
        assertTrue(assertions.get(1).get("message").isNull());

        JsonNode refused = steps.get(2).get("exchanges").get(0);
        assertTrue(refused.get("response").isNull(), "no response was read");
        assertEquals(0, steps.get(3).get("exchanges").size());

        JsonNode orders = collections.get(1).get("iterations");
        assertEquals(List.of("#1 ada", "#2 bob", "#10 zoe"), texts(orders, "name"), "iterations by number");
        orders.forEach(i -> assertEquals(List.of("Place an order", "Read the order"), texts(i.get("steps"), "name")));
    }

    @Test
    void aRunWithoutFailuresIsPassed() throws Exception {
        JsonNode root = write(List.of(Records.passed(USERS, "Users", null, 0, "List users"),
                Records.skipped(USERS, "Users", null, 1, "Later")));
        assertEquals("PASSED", root.get("status").asText());
        assertEquals(2, root.get("summary").get("total").asInt());
    }

    @Test
    void anEmptyRunIsAnEmptyDocument() throws Exception {
        JsonNode root = write(List.of());
        assertEquals(0, root.get("summary").get("total").asInt());
        assertEquals(0, root.get("collections").size());
        assertEquals("PASSED", root.get("status").asText());
    }

    @Test
    void recordsFromSeveralThreadsInAnyOrderMakeTheSameDocument() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
        RunRecording inOrder = new RunRecording(clock);
        records().forEach(inOrder::stepFinished);
        String expected = RunJson.write(inOrder.snapshot(), "test");

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (long seed = 1; seed <= 20; seed++) {
                List<StepRecord> users = new ArrayList<>(records().subList(0, 4));
                List<StepRecord> orders = new ArrayList<>(records().subList(4, 10));
                Collections.shuffle(users, new Random(seed));
                Collections.shuffle(orders, new Random(seed * 31));
                RunRecording recording = new RunRecording(clock);
                recording.stepFinished(users.remove(0));
                List<Future<?>> sent = new ArrayList<>();
                for (Iterator<StepRecord> it = concat(users, orders).iterator(); it.hasNext(); ) {
                    StepRecord record = it.next();
                    sent.add(threads.submit(() -> recording.stepFinished(record)));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
                assertEquals(expected, RunJson.write(recording.snapshot(), "test"), "seed " + seed);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<StepRecord> concat(List<StepRecord> a, List<StepRecord> b) {
        List<StepRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
