package dev.baton.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code --data} file: a CSV file with a header row, or a JSON array of objects. Each row becomes
 * one iteration whose fields are variables.
 */
public final class DataFileLoader {

    /** More rows than this are refused: a data file drives iterations, not a load test. */
    public static final int MAX_ROWS = 100_000;

    /** The rows, each an ordered map of field to value. */
    public List<Map<String, String>> load(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        String content = CollectionLoader.read(file, shown);
        SourceFile source = new SourceFile(shown, content);
        String name = file.getFileName().toString().toLowerCase();
        List<Map<String, String>> rows;
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
        return rows;
    }

    private static List<Map<String, String>> csv(SourceFile source, String content) throws LoadException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            checkNames(source, header);
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
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw source.error(source.at(0, 0), "not a valid CSV file: " + e.getMessage());
        }
        return rows;
    }

    private static List<Map<String, String>> json(SourceFile source, String content) throws LoadException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw source.error(location == null ? source.at(0, 0)
                    : new Position(source.name(), location.getLineNr(), location.getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw source.error(source.at(0, 0), "a JSON data file must be an array of objects");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isObject()) {
                throw source.error(source.at(0, 0), "row " + (rows.size() + 1) + " is not an object");
            }
            Map<String, String> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText()
                    : f.getValue().toString()));
            checkNames(source, List.copyOf(row.keySet()));
            rows.add(row);
        }
        return rows;
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
