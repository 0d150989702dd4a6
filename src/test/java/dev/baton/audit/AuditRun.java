package dev.baton.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.audit.probes.Probes;
import dev.baton.cli.BatonCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code baton audit} run through the CLI with a JSON report, read back as each probe's outcome and message.
 *
 * @param exitCode the exit code
 * @param outcomes each probe's outcome ({@code PASSED}, {@code FAILED}, {@code NOT_APPLICABLE},
 *                 {@code INCONCLUSIVE}, {@code ERROR}) by probe id
 * @param messages each probe's message by probe id
 * @param console  what the console showed
 */
record AuditRun(int exitCode, Map<String, String> outcomes, Map<String, String> messages, String console) {

    static AuditRun of(Path dir, String auditFile, String... options) throws IOException {
        Path report = Files.createTempFile(dir, "audit", ".json");
        List<String> args = new ArrayList<>(List.of("audit", auditFile, "--reporter", "json:" + report));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BatonCommand.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        if (Files.size(report) > 0) {
            JsonNode root = new ObjectMapper().readTree(report.toFile());
            for (JsonNode collection : root.get("collections")) {
                for (JsonNode iteration : collection.get("iterations")) {
                    for (JsonNode step : iteration.get("steps")) {
                        String id = Probes.all().stream().filter(p -> Probes.testName(p).equals(step.get("name")
                                .asText())).findFirst().orElseThrow().id();
                        outcomes.put(id, step.get("outcome").asText());
                        messages.put(id, step.get("message").asText(""));
                    }
                }
            }
        }
        return new AuditRun(exit, outcomes, messages, out + "\n" + err);
    }

    /** An environment file that starts the sandbox with these switches, with local.yaml's variables. */
    static Path sandboxEnvironment(Path dir, List<String> switches) throws IOException {
        String local = Files.readString(Path.of("environments/local.yaml"));
        String replaced = local.replace("sandbox: embedded", switches.isEmpty() ? "sandbox: embedded"
                : "sandbox:\n  switches: [" + String.join(", ", switches) + "]");
        Path file = dir.resolve("sandbox-" + String.join("-", switches) + ".yaml");
        Files.writeString(file, replaced);
        return file;
    }
}
