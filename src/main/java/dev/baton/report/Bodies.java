package dev.baton.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How reports show message bodies: JSON indented (token by token, so numbers and keys stay as sent), sizes. */
public final class Bodies {

    /** Configuration parameter: reports show at most this many KiB of a body (characters), the rest cut. */
    public static final String LIMIT = "baton.reports.bodyLimit";

    private static final JsonFactory JSON = new JsonFactory();

    private Bodies() {
    }

    /** The body indented when it is JSON, else as it is. */
    public static String pretty(String body, String contentType) {
        if (body == null || !looksLikeJson(body, contentType)) {
            return body;
        }
        StringWriter text = new StringWriter();
        try (JsonParser parser = JSON.createParser(body); JsonGenerator generator = JSON.createGenerator(text)) {
            generator.setPrettyPrinter(prettyPrinter());
            while (parser.nextToken() != null) {
                generator.copyCurrentEventExact(parser);
            }
        } catch (IOException | RuntimeException e) {
            return body;
        }
        return text.toString();
    }

    /**
     * How much of a body the reports show, in characters: {@value #LIMIT} KiB, or
     * {@link dev.baton.results.ExchangeRecord#MAX_BODY_CHARS} when it is not set.
     */
    public static int limit(ReporterContext context) throws IOException {
        String value = context.parameter(LIMIT).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return dev.baton.results.ExchangeRecord.MAX_BODY_CHARS;
        }
        try {
            int kib = Integer.parseInt(value);
            if (kib >= 0 && kib <= 1024 * 1024) {
                return kib * 1024;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IOException(LIMIT + " must be a number of KiB from 0 to 1048576, not '" + value + "'");
    }

    /** Indents by two spaces, one member or element a line, {@code "name": value}. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** {@code 812 B}, {@code 1.2 kB}, {@code 3.4 MB}: the body's size in UTF-8. */
    public static String size(String body) {
        long bytes = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static boolean looksLikeJson(String body, String contentType) {
        String trimmed = body.strip();
        boolean bracketed = trimmed.startsWith("{") || trimmed.startsWith("[");
        return bracketed && (contentType == null || contentType.isEmpty() || contentType.toLowerCase(Locale.ROOT)
                .contains("json") || contentType.toLowerCase(Locale.ROOT).startsWith("text/plain"));
    }
}
