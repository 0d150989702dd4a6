package dev.baton.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Jackson;
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
import java.util.regex.Matcher;
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
    /** Commons CSV's note of where a record that does not parse starts: {@code (startline 3) }. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\) ?");
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

    /**
     * Opens a data file: reads it once, checking every row (and that {@code nameColumn}, which names iterations in
     * reports, is a column of every row and not a secret-looking one), and keeps only how many rows it has.
     */
    public DataRows open(Path file, Optional<String> nameColumn) throws LoadException {
        if (nameColumn.isPresent() && SecretNames.isSecret(nameColumn.get())) {
            SourceFile source = new SourceFile(DisplayPath.of(file), "");
            throw source.error(source.at(0, 0), "--data-name " + nameColumn.get() + ": the column looks secret, and "
                    + "iteration names are shown in every report; name iterations by a column that is not secret");
        }
        RowReader rows = reader(file);
        int count = 0;
        List<String> fields = List.of();
        while (rows.hasNextChecked()) {
            Row row = rows.nextChecked();
            count++;
            if (count == 1) {
                fields = List.copyOf(row.fields().keySet());
            }
            if (count > MAX_ROWS) {
                throw rows.source.error(rows.source.at(0, 0), "the data file has more than " + MAX_ROWS
                        + " rows; the limit is " + MAX_ROWS);
            }
            if (nameColumn.isPresent() && !row.fields().containsKey(nameColumn.get())) {
                throw rows.source.error(rows.source.at(0, 0), "--data-name " + nameColumn.get() + ": row " + count
                        + " has no field '" + nameColumn.get() + "'; fields: "
                        + String.join(", ", row.fields().keySet()));
            }
        }
        if (count == 0) {
            throw rows.source.error(rows.source.at(0, 0), "the data file has no rows");
        }
        return new DataRows(file, nameColumn, count, fields);
    }

    /** Every row of a data file, read into memory: for small files and tests. */
    public List<Row> rows(Path file) throws LoadException {
        open(file, Optional.empty());
        List<Row> rows = new ArrayList<>();
        RowReader reader = reader(file);
        while (reader.hasNextChecked()) {
            rows.add(reader.nextChecked());
        }
        return rows;
    }

    /** The rows of the file, read one at a time as they are asked for. */
    RowReader reader(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        String content = CollectionLoader.read(file, shown);
        SourceFile source = new SourceFile(shown, content);
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".csv")) {
            return new CsvRows(source, content);
        }
        if (name.endsWith(".json")) {
            return new JsonRows(source, content);
        }
        throw source.error(source.at(0, 0), "a data file must be .csv or .json");
    }

    /**
     * Rows read one at a time from a data file's text, each checked as it is read. As an {@link Iterator} it
     * throws a {@link DataFileChanged} holding the rendered problem.
     */
    abstract static class RowReader implements Iterator<Row> {
        final SourceFile source;

        RowReader(SourceFile source) {
            this.source = source;
        }

        abstract boolean hasNextChecked() throws LoadException;

        abstract Row nextChecked() throws LoadException;

        @Override
        public boolean hasNext() {
            try {
                return hasNextChecked();
            } catch (LoadException e) {
                throw new DataFileChanged(e);
            }
        }

        @Override
        public Row next() {
            try {
                if (!hasNextChecked()) {
                    throw new java.util.NoSuchElementException();
                }
                return nextChecked();
            } catch (LoadException e) {
                throw new DataFileChanged(e);
            }
        }
    }

    /** A CSV file with a header row (RFC 4180, surrounding spaces ignored). */
    private static final class CsvRows extends RowReader {
        private final List<String> header;
        private final Iterator<CSVRecord> records;

        CsvRows(SourceFile source, String content) throws LoadException {
            super(source);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
            try {
                CSVParser parser = CSVParser.parse(new StringReader(content), format);
                header = parser.getHeaderNames();
                records = parser.iterator();
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw invalid(e);
            }
            checkNames(source, header);
            checkDuplicates(source, header);
        }

        @Override
        boolean hasNextChecked() throws LoadException {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw invalid(e);
            }
        }

        @Override
        Row nextChecked() throws LoadException {
            CSVRecord record;
            try {
                record = records.next();
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                throw invalid(e);
            }
            if (record.size() != header.size()) {
                throw source.error(new Position(source.name(), (int) record.getRecordNumber() + 1, 1),
                        "row " + record.getRecordNumber() + " has " + record.size() + " fields; the header has "
                                + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            header.forEach(h -> row.put(h, record.get(h)));
            return new Row(row, java.util.Set.of());
        }

        /** The problem at the line where the record that does not parse starts, as Commons CSV says it. */
        private LoadException invalid(Exception e) {
            String message = plainMessage(e);
            Matcher start = START_LINE.matcher(message);
            Position at = start.find() ? new Position(source.name(), Integer.parseInt(start.group(1)), 1)
                    : source.at(0, 0);
            return source.error(at, "not a valid CSV file: " + start.replaceFirst(""));
        }
    }

    /** A JSON array of objects, read one object at a time. */
    private static final class JsonRows extends RowReader {
        private static final JsonFactory JSON = new JsonFactory();
        private final JsonParser parser;
        private int count;
        private JsonToken next;

        JsonRows(SourceFile source, String content) throws LoadException {
            super(source);
            try {
                parser = JSON.createParser(content);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw source.error(source.at(0, 0), "a JSON data file must be an array of objects");
                }
            } catch (IOException e) {
                throw invalid(e);
            }
        }

        @Override
        boolean hasNextChecked() throws LoadException {
            try {
                if (next == null) {
                    next = parser.nextToken();
                }
                if (next == JsonToken.END_ARRAY) {
                    next = JsonToken.NOT_AVAILABLE;
                }
                return next != JsonToken.NOT_AVAILABLE && next != null;
            } catch (IOException e) {
                throw invalid(e);
            }
        }

        @Override
        Row nextChecked() throws LoadException {
            count++;
            if (next != JsonToken.START_OBJECT) {
                try {
                    parser.skipChildren();
                } catch (IOException e) {
                    throw invalid(e);
                }
                throw source.error(source.at(0, 0), "row " + count + " is not an object");
            }
            JsonNode item;
            try {
                item = Jackson.mapper().readTree(parser);
            } catch (IOException e) {
                throw invalid(e);
            }
            next = null;
            Map<String, String> row = new LinkedHashMap<>();
            java.util.Set<String> typed = new java.util.HashSet<>();
            item.properties().forEach(f -> {
                row.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
                if (!f.getValue().isTextual()) {
                    typed.add(f.getKey());
                }
            });
            checkNames(source, List.copyOf(row.keySet()));
            return new Row(row, typed);
        }

        private LoadException invalid(IOException e) {
            var location = e instanceof JsonProcessingException p ? p.getLocation() : null;
            String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            return source.error(location == null ? source.at(0, 0)
                    : new Position(source.name(), location.getLineNr(), location.getColumnNr()),
                    "not valid JSON: " + JACKSON_SOURCE.matcher(String.valueOf(message)).replaceAll(""));
        }
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
