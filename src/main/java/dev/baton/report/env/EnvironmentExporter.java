package dev.baton.report.env;

import dev.baton.report.FileReporter;
import dev.baton.report.ReportFile;
import dev.baton.report.ReporterContext;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExportedValue;
import dev.baton.results.IterationResult;
import dev.baton.results.RunResult;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code env:FILE} ({@code --export-env FILE}): the variables at the end of the run, written as an environment
 * file that {@code --env FILE} reads back; later iterations win. Secret values are left out unless the configuration
 * parameter {@value #SECRETS} is {@code true} ({@code --export-secrets}): only then does this file hold secrets,
 * readable by the user alone. A stopped run writes what it knew.
 */
public final class EnvironmentExporter extends FileReporter {

    /** Configuration parameter: {@code true} to write secret values too. */
    public static final String SECRETS = "baton.export.secrets";

    private boolean withSecrets;
    private final Set<String> leftOut = new TreeSet<>();

    @Override
    public String kind() {
        return "env";
    }

    @Override
    public boolean readsVariables() {
        return true;
    }

    @Override
    public void open(ReporterContext context) throws IOException {
        super.open(context);
        this.withSecrets = context.parameter(SECRETS).map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public void runFinished(RunResult run) throws IOException {
        super.runFinished(run);
        if (!leftOut.isEmpty()) {
            context().streams().err().println("note: --export-env left out secret variables "
                    + String.join(", ", leftOut) + " (add --export-secrets to write them)");
        }
    }

    @Override
    protected void write(RunResult run, PrintWriter out) {
        Map<String, Object> values = new TreeMap<>();
        for (CollectionResult collection : run.collections()) {
            for (IterationResult iteration : collection.iterations()) {
                iteration.variables().forEach((name, value) -> put(values, name, value));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        out.write("# written by baton run --export-env\n" + new Yaml(options).dump(Map.of("vars", values)));
    }

    /** Readable by the user alone; it holds secret values only when they were asked for. */
    @Override
    protected ReportFile newFile(Path target) throws IOException {
        return ReportFile.createPrivate(target, context().output());
    }

    /** A value that is not secret is written as it is, unless it holds a secret the run learnt after it was known. */
    private void put(Map<String, Object> values, String name, ExportedValue value) {
        String literal = value.value().replace("<<", "\\<<");
        if (!value.secret() && !context().output().revealsSecret(value.value())) {
            values.put(name, literal);
            leftOut.remove(name);
        } else if (withSecrets) {
            values.put(name, Map.of("value", literal, "secret", true));
        } else {
            values.remove(name);
            leftOut.add(name);
        }
    }
}
