package dev.baton.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import dev.baton.secret.SecretNames;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code --data} file: a CSV file with a header row, or a JSON array of objects. Each row becomes
 * one iteration whose fields are variables.
 */
public final class DataFileLoader {

    /** More rows than this are refused: a data file drives iterations, not a load test. */
    public static final int MAX_ROWS = 100_000;

    /** {@code org.apache.commons.csv.CSVException: } before a message. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ");
    /** Jackson's note of which of its settings set a limit: {@code , from `StreamReadConstraints...`}. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile(",? from `[^`]*`");

    /**
     * One row: its fields in order, and which of them are the JSON text of a typed value (a number, boolean, null,
     * object or array in a JSON data file), which a {@code json:} body inserts with its type.
     */
    public record Row(Map<String, String> fields, java.util.Set<String> typed) {
        public Row {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            typed = java.util.Set.copyOf(typed);
        }
    }

    /** The rows, each an ordered map of field to value. */
    public List<Map<String, String>> load(Path file) throws LoadException {
        return rows(file, Optional.empty()).stream().map(Row::fields).toList();
    }

    /**
     * The rows, checking that {@code nameColumn} (which names iterations in reports) is a column of every row and
     * not a secret-looking one.
     */
    public List<Row> rows(Path file, Optional<String> nameColumn) throws LoadException {
        String shown = DisplayPath.of(file);
        String content = CollectionLoader.read(file, shown);
        SourceFile source = new SourceFile(shown, content);
        String name = file.getFileName().toString().toLowerCase();
        List<Row> rows;
        if (name.endsWith(".csv")) {
            rows = csv(source, content);
        } else if (name.endsWith(".json")) {
            rows = json(source, content);
        } else {
            throw source.error(source.at(0, 0), "a data file must be .csv or .json");
        }
        if (rows.isEmpty()) {
            throw source.error(source.at(0, 0), "the data file has no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw source.error(source.at(0, 0), "the data file has " + rows.size() + " rows; the limit is " + MAX_ROWS);
        }
        if (nameColumn.isPresent()) {
            checkNameColumn(source, rows, nameColumn.get());
        }
        return rows;
    }

    private static void checkNameColumn(SourceFile source, List<Row> rows, String column) throws LoadException {
        if (SecretNames.isSecret(column)) {
            throw source.error(source.at(0, 0), "--data-name " + column + ": the column looks secret, and iteration "
                    + "names are shown in every report; name iterations by a column that is not secret");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).fields().containsKey(column)) {
                throw source.error(source.at(0, 0), "--data-name " + column + ": row " + (i + 1) + " has no field '"
                        + column + "'; fields: " + String.join(", ", rows.get(i).fields().keySet()));
            }
        }
    }

    private static List<Row> csv(SourceFile source, String content) throws LoadException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            checkNames(source, header);
            checkDuplicates(source, header);
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != header.size()) {
                    throw source.error(new Position(source.name(), (int) record.getRecordNumber() + 1, 1),
                            "row " + record.getRecordNumber() + " has " + record.size() + " fields; the header has "
                                    + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                header.forEach(h -> row.put(h, record.get(h)));
                rows.add(new Row(row, java.util.Set.of()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw source.error(source.at(0, 0), "not a valid CSV file: " + plainMessage(e));
        }
        return rows;
    }

    private static List<Row> json(SourceFile source, String content) throws LoadException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw source.error(location == null ? source.at(0, 0)
                    : new Position(source.name(), location.getLineNr(), location.getColumnNr()),
                    "not valid JSON: " + JACKSON_SOURCE.matcher(e.getOriginalMessage()).replaceAll(""));
        }
        if (root == null || !root.isArray()) {
            throw source.error(source.at(0, 0), "a JSON data file must be an array of objects");
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isObject()) {
                throw source.error(source.at(0, 0), "row " + (rows.size() + 1) + " is not an object");
            }
            Map<String, String> row = new LinkedHashMap<>();
            java.util.Set<String> typed = new java.util.HashSet<>();
            item.fields().forEachRemaining(f -> {
                row.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
                if (!f.getValue().isTextual()) {
                    typed.add(f.getKey());
                }
            });
            checkNames(source, List.copyOf(row.keySet()));
            rows.add(new Row(row, typed));
        }
        return rows;
    }

    /** A column named twice: the second would silently win. */
    private static void checkDuplicates(SourceFile source, List<String> header) throws LoadException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                String first = source.line(1) == null ? "" : source.line(1);
                int column = Math.max(0, first.indexOf(name, first.indexOf(name) + name.length()));
                throw source.error(source.at(0, column), "column '" + name + "' appears twice in the header");
            }
        }
    }

    /** The message of the innermost cause, without the Java class name that wraps it. */
    private static String plainMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return CLASS_PREFIX.matcher(String.valueOf(message)).replaceAll("");
    }

    private static void checkNames(SourceFile source, List<String> names) throws LoadException {
        for (String name : names) {
            if (!dev.baton.template.Template.NAME.matcher(name).matches() || name.startsWith("$")) {
                throw source.error(source.at(0, 0), "field '" + name + "' is not a valid variable name: use letters, "
                        + "digits, '_', '.' and '-', starting with a letter or '_'");
            }
        }
    }
}
