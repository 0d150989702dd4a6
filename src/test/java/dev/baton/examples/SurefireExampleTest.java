package dev.baton.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.BatonTestEngine;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/surefire} runs a collection as tests of {@code mvn test} under Maven Surefire.
 *
 * <p>This test runs in the {@code test} phase, before {@code package}, so it makes Baton's jar itself from the
 * compiled classes and installs it (with the project's pom, for the dependencies) as
 * {@code dev.baton:baton:0.1.0-SNAPSHOT} into the local Maven repository, the one {@code -Dmaven.repo.local}
 * names if the outer build was given one. It then runs Maven on a copy of the example, which needs its other
 * artifacts in that repository or from Maven Central.
 */
class SurefireExampleTest {

    private static final Path EXAMPLE = Path.of("examples/surefire");
    private static final String REPORT = "TEST-example.BatonCollectionsTest.xml";
    private static final List<String> STEPS = List.of("Authorize", "Exchange the code for tokens",
            "Call the API as the signed-in user", "Refresh the access token");

    @TempDir
    static Path work;

    @BeforeAll
    static void installBaton() throws Exception {
        Path jar = work.resolve("baton.jar");
        Path classes = Path.of(BatonTestEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(classes)) {
            writeJar(classes, jar);
        } else {
            Files.copy(classes, jar);
        }
        Maven run = maven(Path.of("."), work.resolve("install.log"),
                "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + jar.toAbsolutePath(), "-DpomFile=" + Path.of("pom.xml").toAbsolutePath());
        assertEquals(0, run.exitCode(), run::log);
    }

    @Test
    void surefireCountsEveryStepAsATest() throws Exception {
        Path project = copyOfExample("passing");
        Maven run = maven(project, work.resolve("passing.log"), "test");
        assertEquals(0, run.exitCode(), run::log);

        Element suite = report(project);
        assertEquals("4", suite.getAttribute("tests"), run::log);
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        List<Element> cases = testcases(suite);
        assertEquals(STEPS, cases.stream().map(c -> c.getAttribute("name")).toList());
        cases.forEach(c -> assertEquals("Baton collections", c.getAttribute("classname")));
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            assertEquals(List.of(REPORT), reports.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("TEST-")).toList(), "one report, for the suite class");
        }
        JsonNode json = new ObjectMapper().readTree(project.resolve("target/baton/baton.json").toFile());
        assertEquals("PASSED", json.get("status").asText(), run::log);
        assertEquals(4, json.get("summary").get("passed").asInt());
        JsonNode steps = json.at("/collections/0/iterations/0/steps");
        assertEquals(STEPS, List.of(steps.get(0).get("name").asText(), steps.get(1).get("name").asText(),
                steps.get(2).get("name").asText(), steps.get(3).get("name").asText()));
        assertTrue(steps.get(1).get("exchanges").size() >= 1, "the exchanges are recorded under Surefire too");
        String html = Files.readString(project.resolve("target/baton/baton.html"));
        assertEquals(4, Jsoup.parse(html).select("section.step.passed").size());
        for (String secret : List.of("sandbox-client-secret", "sandbox-password")) {
            assertFalse(html.contains(secret) || json.toString().contains(secret), secret + " in a report");
        }
    }

    @Test
    void surefireGroupsChooseStepsByTag() throws Exception {
        Path project = copyOfExample("groups");
        Maven run = maven(project, work.resolve("groups.log"), "test", "-Dgroups=signin");
        assertEquals(0, run.exitCode(), run::log);

        Element suite = report(project);
        assertEquals("2", suite.getAttribute("tests"), run::log);
        assertEquals(List.of("Authorize", "Exchange the code for tokens"),
                testcases(suite).stream().map(c -> c.getAttribute("name")).toList());
        JsonNode json = new ObjectMapper().readTree(project.resolve("target/baton/baton.json").toFile());
        assertEquals(2, json.get("summary").get("total").asInt(), "the JSON report holds the chosen steps only");
    }

    @Test
    void aFailingStepFailsTheBuild() throws Exception {
        Path project = copyOfExample("failing");
        Maven run = maven(project, work.resolve("failing.log"), "test", "-Dbaton.var.zoomUser=nobody@baton.test");
        assertNotEquals(0, run.exitCode(), run::log);

        Element suite = report(project);
        assertEquals("4", suite.getAttribute("tests"), run::log);
        int failures = Integer.parseInt(suite.getAttribute("failures"));
        int errors = Integer.parseInt(suite.getAttribute("errors"));
        assertTrue(failures >= 1, run::log);
        Element authorize = testcases(suite).get(0);
        assertEquals("Authorize", authorize.getAttribute("name"));
        assertEquals(1, authorize.getElementsByTagName("failure").getLength(), run::log);
        assertEquals(4, failures + errors + Integer.parseInt(suite.getAttribute("skipped")),
                () -> "the steps after a failed sign-in do not pass:\n" + run.log());
        JsonNode json = new ObjectMapper().readTree(project.resolve("target/baton/baton.json").toFile());
        assertEquals("FAILED", json.get("status").asText());
        assertEquals(failures, json.get("summary").get("failed").asInt(), "the JSON report agrees with Surefire's");
    }

    private static Path copyOfExample(String name) throws IOException {
        Path target = work.resolve(name);
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.toList()) {
                Path relative = EXAMPLE.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static Element report(Path project) throws Exception {
        Path xml = project.resolve("target/surefire-reports").resolve(REPORT);
        assertTrue(Files.isRegularFile(xml), "Surefire wrote no " + REPORT);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml.toFile());
        return document.getDocumentElement();
    }

    private static List<Element> testcases(Element suite) {
        NodeList nodes = suite.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    /** The outcome of one Maven run: its exit code and its output. */
    private record Maven(int exitCode, String log) {
    }

    private static Maven maven(Path directory, Path log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-nsu"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " took more than 10 minutes");
        }
        return new Maven(process.exitValue(), "$ " + String.join(" ", command) + "\n" + Files.readString(log));
    }

    private static String mavenExecutable() {
        String name = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        for (String home : new String[]{System.getProperty("maven.home"), System.getenv("MAVEN_HOME"),
                System.getenv("M2_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", name))) {
                return Path.of(home, "bin", name).toString();
            }
        }
        return name;
    }
}
