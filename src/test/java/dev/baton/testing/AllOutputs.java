package dev.baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code baton run} with every reporter, {@code --debug} and {@code --export-env}, and gathers everything Baton
 * wrote: standard output and error and each file, by name.
 */
public final class AllOutputs {

    private AllOutputs() {
    }

    /** The run and its outputs; {@code args} go after {@code run}. */
    public record Result(CliRun run, Map<String, String> outputs) {

        /** Names of the outputs that contain {@code text}. */
        public List<String> holding(String text) {
            return outputs.entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey)
                    .toList();
        }

        /** Everything written, one text. */
        public String all() {
            return String.join("\n", outputs.values());
        }
    }

    public static Result of(Path dir, String... args) {
        try {
            Path reports = Files.createDirectories(dir.resolve("reports-" + System.nanoTime()));
            List<String> all = new ArrayList<>(List.of("run"));
            all.addAll(Arrays.asList(args));
            all.addAll(List.of("--debug",
                    "--reporter", "junit:" + reports.resolve("junit.xml"),
                    "--reporter", "otr:" + reports.resolve("otr.xml"),
                    "--reporter", "json:" + reports.resolve("report.json"),
                    "--reporter", "html:" + reports.resolve("report.html"),
                    "--export-env", reports.resolve("exported.yaml").toString()));
            CliRun run = CliRun.of(all.toArray(String[]::new));
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("stdout", run.out());
            outputs.put("stderr", run.err());
            try (var files = Files.list(reports)) {
                for (Path file : files.sorted().toList()) {
                    outputs.put(file.getFileName().toString(), Files.readString(file));
                }
            }
            return new Result(run, outputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
