package dev.baton.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Makes the report a {@code --reporter KIND:FILE} option asks for. */
public final class Reports {

    /** The kinds of report, as written before the colon. */
    public static final List<String> KINDS = List.of("junit", "otr", "json", "html");

    private Reports() {
    }

    /** Parses the option; an {@link IllegalArgumentException} says what is wrong with it. */
    public static Path target(String option) {
        int colon = option.indexOf(':');
        String kind = colon < 0 ? option : option.substring(0, colon);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown reporter '" + kind + "'; use one of "
                    + String.join(", ", KINDS.stream().map(k -> k + ":FILE").toList()));
        }
        if (colon < 0 || colon == option.length() - 1) {
            throw new IllegalArgumentException("--reporter " + kind + " needs a file: " + kind + ":FILE");
        }
        return Path.of(option.substring(colon + 1));
    }

    /** Prepares the report an option asks for, failing now if its file cannot be written. */
    public static Report create(String option, PrintWriter errors) throws IOException {
        Path target = target(option);
        String kind = option.substring(0, option.indexOf(':'));
        return switch (kind) {
            case "junit" -> JUnitXmlReport.to(target, errors);
            case "otr" -> OpenTestReport.to(target);
            case "json" -> RecordedReport.json(target);
            case "html" -> RecordedReport.html(target);
            default -> throw new IllegalArgumentException("unknown reporter '" + kind + "'");
        };
    }
}
