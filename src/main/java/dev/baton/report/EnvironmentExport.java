package dev.baton.report;

import dev.baton.results.RunObserver;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --export-env FILE}: the variables at the end of the run, written as an environment file that
 * {@code --env FILE} reads back. Secret values are left out unless asked for.
 */
public final class EnvironmentExport implements RunObserver {

    private final Path target;
    private final boolean withSecrets;
    private final Map<String, Object> values = new TreeMap<>();
    private final java.util.Set<String> secretsLeftOut = new java.util.TreeSet<>();

    private EnvironmentExport(Path target, boolean withSecrets) {
        this.target = target;
        this.withSecrets = withSecrets;
    }

    /** Prepares the export, failing now if the file cannot be written. */
    public static EnvironmentExport to(Path target, boolean withSecrets) throws IOException {
        return new EnvironmentExport(ReportFiles.checkTarget(target), withSecrets);
    }

    @Override
    public boolean wantsSteps() {
        return false;
    }

    @Override
    public synchronized void collectionFinished(String collection, String iteration,
                                                Map<String, ExportedValue> variables) {
        variables.forEach((name, value) -> {
            String literal = value.value().replace("<<", "\\<<");
            if (!value.secret()) {
                values.put(name, literal);
            } else if (withSecrets) {
                values.put(name, Map.of("value", literal, "secret", true));
            } else {
                secretsLeftOut.add(name);
            }
        });
    }

    /** Writes the file; returns the names of the secret variables left out. */
    public synchronized java.util.Set<String> write() throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = "# written by baton run --export-env\n" + new Yaml(options).dump(Map.of("vars", values));
        ReportFiles.writePrivately(target, yaml);
        return java.util.Set.copyOf(secretsLeftOut);
    }
}
