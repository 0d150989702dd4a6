package dev.baton.load;

import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The content type of a file a collection sends, when it does not write one: guessed from the file's name. */
final class MediaTypes {

    private static final Map<String, String> KNOWN = Map.of(
            "json", "application/json",
            "xml", "application/xml",
            "yaml", "application/yaml",
            "yml", "application/yaml",
            "csv", "text/csv",
            "txt", "text/plain",
            "pdf", "application/pdf",
            "graphql", "application/graphql");

    private MediaTypes() {
    }

    /** The type of {@code file} by its extension; {@code application/octet-stream} (text/plain if templated) else. */
    static String guess(Path file, boolean text) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = KNOWN.get(extension);
        if (type == null) {
            type = URLConnection.guessContentTypeFromName(name);
        }
        return type != null ? type : text ? "text/plain" : "application/octet-stream";
    }
}
