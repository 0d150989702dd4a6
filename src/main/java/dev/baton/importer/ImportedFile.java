package dev.baton.importer;

import dev.baton.importer.yaml.YamlMap;
import dev.baton.importer.yaml.YamlWriter;

import java.util.List;

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
        /** A Baton collection. */
        COLLECTION,
        /** A Baton environment. */
        ENVIRONMENT,
        /** A file a collection reads, such as a JSON Schema. */
        DATA,
        /** The import report. */
        REPORT
    }

    /** An environment file of {@code vars}, whose secret values are read from OS environment variables. */
    public static ImportedFile environment(String path, String description, YamlMap vars) {
        YamlMap yaml = YamlMap.block().put("description", description);
        yaml.putUnlessEmpty("vars", vars);
        return new ImportedFile(path, Kind.ENVIRONMENT, YamlWriter.write(List.of("Imported by baton import. Secret "
                + "values are read from OS environment variables and never written here."), yaml));
    }
}
