package dev.baton.importer;

/**
 * A file an import writes.
 *
 * @param path    where, relative to the output folder, with {@code /} between folders
 * @param kind    what it is: a collection, an environment or the report
 * @param content the text
 */
public record ImportedFile(String path, Kind kind, String content) {

    /** What a written file is. */
    public enum Kind {
        COLLECTION, ENVIRONMENT, REPORT
    }
}
