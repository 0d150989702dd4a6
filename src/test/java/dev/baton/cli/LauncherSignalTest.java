package dev.baton.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code baton} launcher's first run, which keeps the JVM as a child to record the class-data archive, passes
 * SIGINT and SIGTERM on to that JVM: the run stops with the signal's exit code, its report says INTERRUPTED, and no
 * JVM is left running. The launcher runs from a folder of its own, whose {@code target/baton.jar} is a manifest
 * pointing at this build's classes, so no Maven build is started, with its class-data archive in the test's cache.
 */
class LauncherSignalTest {

    @TempDir
    Path dir;

    private HttpStub http;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(get(urlPathEqualTo("/hang")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(60_000)));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void theSignalReachesTheRunAndNoJvmIsLeft(String signal, int exitCode) throws Exception {
        Path launcher = launcherFolder().resolve("baton");
        Path collection = TestFiles.write(dir, "c.yaml", "name: stopped\nsteps:\n"
                + "  - name: hangs\n    request: {url: \"<<base>>/hang\"}\n"
                + "  - name: never\n    request: {url: \"<<base>>/hang\"}\n");
        Path report = dir.resolve("r.json");
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "run", collection.toString(),
                "--env", TestFiles.emptyEnvironment(dir).toString(), "--var", "base=" + http.baseUrl(),
                "--reporter", "json:" + report).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("BATON_CDS");
        builder.environment().remove("BATON_JAVA_OPTS");
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process baton = builder.start();
        try {
            awaitRequest();
            List<ProcessHandle> jvms = baton.toHandle().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).toList();
            assertEquals(1, jvms.size(), "the first run keeps the JVM as a child: " + jvms);
            ProcessHandle jvm = jvms.get(0);

            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(baton.pid())).start();
            assertEquals(0, kill.waitFor(), "kill -" + signal);

            assertTrue(baton.waitFor(60, TimeUnit.SECONDS), "the launcher did not stop");
            String out = Files.readString(dir.resolve("out.txt"));
            assertEquals(exitCode, baton.exitValue(), out);
            assertFalse(ProcessHandle.of(jvm.pid()).map(ProcessHandle::isAlive).orElse(false),
                    "the JVM " + jvm.pid() + " is still running after the launcher ended");
            assertTrue(out.contains("interrupted: the run was stopped"), out);
            assertEquals("INTERRUPTED", new ObjectMapper().readTree(report.toFile()).get("status").asText(), out);
        } finally {
            baton.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            baton.destroyForcibly();
        }
    }

    private void awaitRequest() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (http.urls().stream().noneMatch(u -> u.startsWith("/hang")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(http.urls().stream().anyMatch(u -> u.startsWith("/hang")), "the run never sent its request");
    }

    /**
     * A folder holding a copy of the launcher (the repository's and the release's it hands over to) and a
     * {@code target/baton.jar} that runs this build's classes.
     */
    private Path launcherFolder() throws IOException {
        Path root = Files.createDirectories(dir.resolve("install"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(TestFiles.repositoryFile("baton"), root.resolve("baton"), StandardCopyOption.COPY_ATTRIBUTES);
        Path release = Files.createDirectories(root.resolve("src/main/dist/bin")).resolve("baton");
        Files.copy(TestFiles.repositoryFile("src/main/dist/bin/baton"), release, StandardCopyOption.COPY_ATTRIBUTES);
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BatonCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(root.resolve("target/baton.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return root;
    }
}
