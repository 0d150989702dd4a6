package dev.baton.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Jackson;
import dev.baton.load.LoadException;
import dev.baton.model.Diagnostic;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import dev.baton.results.AssertionRecord;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.Outcome;
import dev.baton.results.RunResult;
import dev.baton.results.Shard;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;
import dev.baton.results.Suite;
import dev.baton.results.store.LongArray;
import dev.baton.results.store.ResultTree;
import dev.baton.results.store.StoredRun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON report ({@code --reporter json:FILE}) back into a result tree, step by step into a
 * {@link ResultTree}, so that a report of any size can be merged or weighed without being held whole. Fields it does
 * not know are skipped; a file that is not a Baton report is an error that says where.
 */
public final class RunJsonReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final JsonParser parser;
    private final ResultTree tree = new ResultTree();
    private final List<CollectionResult> collections = new ArrayList<>();
    private Instant startedAt;
    private Instant finishedAt;
    private String status;
    private String environment = "";
    private String suite = "";
    private Shard shard;

    private RunJsonReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The run a JSON report holds, readable until closed. */
    public static StoredRun read(Path file) throws LoadException {
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = JSON.createParser(text)) {
            RunJsonReader reader = new RunJsonReader(file, parser);
            try {
                return new StoredRun(reader.run(), reader.tree);
            } catch (LoadException | RuntimeException e) {
                reader.tree.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new LoadException(Position.of(DisplayPath.of(file)), null, "no such file");
        } catch (JsonProcessingException e) {
            throw error(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not valid JSON: "
                            + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LoadException(Position.of(DisplayPath.of(file)), null, "cannot read the report: "
                    + e.getMessage());
        }
    }

    private RunResult run() throws IOException, LoadException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a Baton JSON report is an object");
        boolean baton = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "baton" -> baton = value == JsonToken.VALUE_STRING;
                case "status" -> status = text(value);
                case "startedAt" -> startedAt = instant(text(value));
                case "finishedAt" -> finishedAt = instant(text(value));
                case "environment" -> environment = text(value);
                case "suite" -> suite = text(value);
                case "shard" -> shard = value == JsonToken.VALUE_NULL ? null : shard(Jackson.mapper().readTree(parser));
                case "collections" -> collections(value);
                default -> parser.skipChildren();
            }
        }
        if (!baton || startedAt == null || finishedAt == null) {
            throw fail("not a Baton JSON report: it has no 'baton', 'startedAt' and 'finishedAt'");
        }
        return new RunResult(startedAt, finishedAt, "INTERRUPTED".equals(status), environment,
                new Suite(suite, shard), collections);
    }

    private void collections(JsonToken start) throws IOException, LoadException {
        expect(start, JsonToken.START_ARRAY, "'collections' must be an array");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String shown = null;
            String error = null;
            int position = collections.size();
            LongArray units = new LongArray();
            int notRun = 0;
            var counts = StepCounts.NONE;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "name" -> name = text(value);
                    case "file" -> shown = text(value);
                    case "position" -> position = parser.getIntValue();
                    case "error" -> error = text(value);
                    case "iterations" -> {
                        expect(value, JsonToken.START_ARRAY, "'iterations' must be an array");
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            Unit unit = unit(shown == null ? "" : shown, units.size() + 1);
                            units.add(unit.offset());
                            counts = counts.plus(unit.counts());
                            notRun += unit.error() ? 1 : 0;
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (name == null) {
                throw fail("a collection has no 'name'");
            }
            collections.add(new CollectionResult(name, shown == null ? null : Path.of(shown), position, error,
                    tree.iterations(units.toArray()), counts, notRun + (error == null ? 0 : 1)));
        }
    }

    /** An iteration as stored. */
    private record Unit(long offset, StepCounts counts, boolean error) {
    }

    private Unit unit(String shown, int ordinal) throws IOException, LoadException {
        String name = null;
        String error = null;
        int number = ordinal;
        ResultTree.Unit unit = tree.unit();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> name = text(value);
                case "number" -> number = parser.getIntValue();
                case "error" -> error = text(value);
                case "steps" -> {
                    expect(value, JsonToken.START_ARRAY, "'steps' must be an array");
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        unit.add(step(shown, Jackson.mapper().readTree(parser)));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Unit(unit.finish(name, number, error, Map.of()), unit.counts(), error != null);
    }

    private StepResult step(String shown, JsonNode step) throws LoadException {
        String name = step.path("name").asText(null);
        if (name == null) {
            throw fail("a step has no 'name'");
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(step.path("outcome").asText(""));
        } catch (IllegalArgumentException e) {
            throw fail("step '" + name + "' has no outcome PASSED, FAILED, ERROR, SKIPPED, NOT_APPLICABLE or "
                    + "INCONCLUSIVE");
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (JsonNode problem : step.path("problems")) {
            Position where = problem.path("file").isTextual() ? new Position(problem.get("file").asText(),
                    problem.path("line").asInt(), problem.path("column").asInt()) : null;
            problems.add(new Diagnostic(problem.path("message").asText(""), where,
                    problem.path("source").asText(null)));
        }
        List<ExchangeRecord> exchanges = new ArrayList<>();
        for (JsonNode exchange : step.path("exchanges")) {
            exchanges.add(exchange(exchange));
        }
        Map<String, String> captures = new LinkedHashMap<>();
        step.path("captures").properties().forEach(c -> captures.put(c.getKey(), c.getValue().asText()));
        List<AssertionRecord> assertions = new ArrayList<>();
        for (JsonNode assertion : step.path("assertions")) {
            String label = assertion.path("label").asText("");
            assertions.add(assertion.path("passed").asBoolean() ? AssertionRecord.held(label)
                    : AssertionRecord.failed(label, new Diagnostic(assertion.path("message").asText(""),
                    position(assertion.path("position").asText(null)), null)));
        }
        Instant started = step.hasNonNull("startedAt") ? instant(step.get("startedAt").asText()) : startedAt;
        long duration = step.path("durationMillis").asLong();
        List<Long> attempts = new ArrayList<>();
        step.path("attemptMillis").forEach(a -> attempts.add(a.asLong()));
        List<Path> screenshots = new ArrayList<>();
        step.path("screenshots").forEach(file -> screenshots.add(Path.of(file.asText())));
        return new StepResult(name, new Position(shown, step.path("line").asInt(), step.path("column").asInt(1)),
                outcome, step.path("message").asText(""), problems, started, duration, exchanges, captures,
                assertions, attempts, screenshots);
    }

    private static ExchangeRecord exchange(JsonNode exchange) {
        JsonNode request = exchange.path("request");
        JsonNode response = exchange.path("response");
        boolean answered = response.isObject();
        return new ExchangeRecord(request.path("method").asText(""), request.path("url").asText(""),
                headers(request.path("headers")), request.path("body").asText(null),
                answered ? response.path("status").asInt() : 0, headers(response.path("headers")),
                answered ? response.path("body").asText(null) : null, response.path("contentType").asText(""),
                response.path("durationMillis").asLong());
    }

    private static List<HeaderRecord> headers(JsonNode headers) {
        List<HeaderRecord> records = new ArrayList<>();
        for (JsonNode header : headers) {
            records.add(new HeaderRecord(header.path("name").asText(""), header.path("value").asText("")));
        }
        return records;
    }

    /** {@code file:line:col} as {@link Position#toString()} writes it; a text without a line is a place name. */
    private static Position position(String text) {
        if (text == null) {
            return null;
        }
        int column = text.lastIndexOf(':');
        int line = column < 0 ? -1 : text.lastIndexOf(':', column - 1);
        try {
            return line < 0 ? Position.of(text) : new Position(text.substring(0, line),
                    Integer.parseInt(text.substring(line + 1, column)), Integer.parseInt(text.substring(column + 1)));
        } catch (NumberFormatException e) {
            return Position.of(text);
        }
    }

    private Shard shard(JsonNode node) throws LoadException {
        try {
            return new Shard(node.path("index").asInt(), node.path("count").asInt());
        } catch (IllegalArgumentException e) {
            throw fail("'shard' must be {\"index\": I, \"count\": N}: " + e.getMessage());
        }
    }

    private String text(JsonToken value) throws IOException, LoadException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw fail("'" + parser.currentName() + "' must be a string");
        }
        return parser.getText();
    }

    private Instant instant(String text) throws LoadException {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeException e) {
            throw fail("'" + text + "' is not an instant such as 2025-06-01T10:15:02.970Z");
        }
    }

    private void expect(JsonToken token, JsonToken expected, String message) throws LoadException {
        if (token != expected) {
            throw fail(message);
        }
    }

    private LoadException fail(String message) {
        var location = parser.currentTokenLocation();
        return error(file, location.getLineNr(), location.getColumnNr(), message);
    }

    /** A problem at a place in the report, with the line quoted when it is short enough to read. */
    private static LoadException error(Path file, int line, int column, String message) {
        String shown = DisplayPath.of(file);
        if (line <= 0) {
            return new LoadException(Position.of(shown), null, message);
        }
        String quoted = null;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            quoted = lines.lines().skip(line - 1L).findFirst().filter(l -> l.length() <= 200).orElse(null);
        } catch (IOException | RuntimeException unreadable) {
            // the message stands without the line
        }
        return new LoadException(new Position(shown, line, column), quoted, message);
    }
}
