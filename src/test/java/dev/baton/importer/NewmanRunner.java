package dev.baton.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Newman, Postman's command-line runner, from {@code src/test/newman}: installs it with {@code npm ci} when
 * {@code node_modules} is missing or older than the lockfile, runs a collection with its JSON reporter, and reads the
 * verdict of every assertion. Fails, saying what is missing, when Node.js or npm cannot be run.
 */
final class NewmanRunner {

    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src", "test", "newman").toAbsolutePath();
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    /** Newman's verdict of one assertion of one request. */
    record Verdict(String item, String assertion, boolean passed) {
    }

    private NewmanRunner() {
    }

    /** Runs {@code newman run collection -e environment} and returns every assertion's verdict, in run order. */
    static List<Verdict> run(Path collection, Path environment, Path work) throws IOException, InterruptedException {
        install();
        Path report = work.resolve("newman-report.json");
        Path log = work.resolve("newman.log");
        List<String> command = List.of("node", FOLDER.resolve("node_modules/newman/bin/newman.js").toString(), "run",
                collection.toString(), "-e", environment.toString(), "--reporters", "cli,json",
                "--reporter-json-export", report.toString(), "--color", "off", "--disable-unicode");
        int exit = exec(command, work, log, RUN_TIMEOUT);
        if (exit > 1 || !Files.isRegularFile(report)) {
            throw new IllegalStateException("newman failed with exit code " + exit + ":\n" + Files.readString(log));
        }
        List<Verdict> verdicts = new ArrayList<>();
        JsonNode executions = new ObjectMapper().readTree(report.toFile()).path("run").path("executions");
        for (JsonNode execution : executions) {
            String item = execution.path("item").path("name").asText();
            for (JsonNode assertion : execution.path("assertions")) {
                verdicts.add(new Verdict(item, assertion.path("assertion").asText(), !assertion.has("error")
                        || assertion.get("error").isNull()));
            }
        }
        return verdicts;
    }

    /** Verdicts by item and assertion name: passed when every assertion of that name in that item passed. */
    static Map<String, Boolean> byItemAndName(List<Verdict> verdicts) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        verdicts.forEach(v -> out.merge(v.item() + " :: " + v.assertion(), v.passed(), Boolean::logicalAnd));
        return out;
    }

    private static void install() throws IOException, InterruptedException {
        Path lockFile = FOLDER.resolve("package-lock.json");
        Path target = Path.of(System.getProperty("basedir", "."), "target").toAbsolutePath();
        Files.createDirectories(target);
        try (FileChannel channel = FileChannel.open(target.resolve("newman-npm-ci.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Path installed = FOLDER.resolve("node_modules/.package-lock.json");
            if (Files.isRegularFile(installed) && Files.isRegularFile(FOLDER.resolve("node_modules/newman/package.json"))
                    && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lockFile)) >= 0) {
                return;
            }
            Path log = target.resolve("newman-npm-ci.log");
            int exit = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), FOLDER, log,
                    INSTALL_TIMEOUT);
            if (exit != 0) {
                throw new IllegalStateException("npm ci in " + FOLDER + " failed with exit code " + exit + ":\n"
                        + Files.readString(log));
            }
        }
    }

    private static int exec(List<String> command, Path folder, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("the Newman comparison needs Node.js and npm on the PATH, but '"
                    + command.get(0) + "' cannot be run (Debian: apt-get install nodejs npm): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("'" + String.join(" ", command) + "' did not finish within "
                    + timeout.toSeconds() + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }
}
