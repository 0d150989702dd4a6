package dev.baton.engine;

import dev.baton.testing.EngineRun;
import dev.baton.testing.HttpStub;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** How collection files become JUnit descriptors: containers, tests, sources; broken files. */
class EngineDiscoveryTest {

    @TempDir
    Path dir;

    private HttpStub http;
    private Path env;

    @BeforeEach
    void start() {
        http = HttpStub.start();
        http.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
        env = TestFiles.emptyEnvironment(dir);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private static String twoSteps(String name) {
        return """
                name: %s
                steps:
                  - name: First
                    request:
                      url: <<base>>/one
                    expect:
                      status: 200

                  - name: Second
                    request:
                      url: <<base>>/two
                """.formatted(name);
    }

    private EngineRun engine() {
        return EngineRun.engine().env(env).var("base", http.baseUrl());
    }

    @Test
    void aCollectionIsAContainerWithAFileSourceAndEachStepATestAtItsLine() {
        Path file = TestFiles.write(dir, "c/two.yaml", twoSteps("Two steps"));

        TestDescriptor root = EngineTestKit.engine("baton").configurationParameter("baton.env", env.toString())
                .selectors(selectFile(file.toFile())).discover().getEngineDescriptor();
        assertEquals("Baton", root.getDisplayName());
        assertEquals(1, root.getChildren().size());

        TestDescriptor collection = root.getChildren().iterator().next();
        assertTrue(collection.isContainer());
        assertFalse(collection.isTest());
        assertEquals("Two steps", collection.getDisplayName());
        FileSource collectionSource = assertInstanceOf(FileSource.class, collection.getSource().orElseThrow());
        assertEquals(file.toFile(), collectionSource.getFile());

        List<? extends TestDescriptor> steps = List.copyOf(collection.getChildren());
        assertEquals(List.of("First", "Second"), steps.stream().map(TestDescriptor::getDisplayName).toList());
        for (TestDescriptor step : steps) {
            assertTrue(step.isTest());
            assertTrue(step.getChildren().isEmpty());
            FileSource source = assertInstanceOf(FileSource.class, step.getSource().orElseThrow());
            assertEquals(file.toFile(), source.getFile());
            FilePosition position = source.getPosition().orElseThrow();
            String nameLine = "- name: " + step.getDisplayName();
            assertEquals(TestFiles.lineOf(file, nameLine), position.getLine(), step.getDisplayName());
            assertEquals(TestFiles.columnOf(file, nameLine) + 2, position.getColumn().orElseThrow(),
                    step.getDisplayName() + ": the column of 'name'");
        }
    }

    @Test
    void theEngineDescriptorHasNoClassSourceSoThatReportsNameStepsAfterTheirCollection() {
        Path file = TestFiles.write(dir, "one.yaml", twoSteps("One"));
        EngineExecutionResults results = engine().executeFiles(file);
        Event engineStarted = results.containerEvents().started().list().get(0);
        TestDescriptor engine = engineStarted.getTestDescriptor();
        assertEquals("baton", engine.getUniqueId().getEngineId().orElseThrow());
        assertTrue(engine.getSource().isEmpty(), () -> engine.getSource().toString());
    }

    @Test
    void aDirectorySelectorFindsEveryYamlAndYmlFileBelowItSortedAndRunsThem() {
        Path folder = dir.resolve("suite");
        TestFiles.write(folder, "b.yaml", twoSteps("B"));
        TestFiles.write(folder, "a.yml", twoSteps("A"));
        TestFiles.write(folder, "nested/c.yaml", twoSteps("C"));
        TestFiles.write(folder, "notes.txt", "not a collection");
        TestFiles.write(folder, "README.md", "# not a collection");

        EngineExecutionResults results = engine().execute(selectDirectory(folder.toFile()));

        List<String> collections = results.containerEvents().started().list().stream()
                .map(Event::getTestDescriptor).filter(d -> d.getParent().isPresent())
                .map(TestDescriptor::getDisplayName).toList();
        assertEquals(List.of("A", "B", "C"), collections);
        results.testEvents().assertStatistics(s -> s.started(6).succeeded(6).failed(0).skipped(0));
        assertEquals(6, http.requests().size());
    }

    @Test
    void aFileSelectedTwiceRunsOnce() {
        Path file = TestFiles.write(dir, "once.yaml", twoSteps("Once"));
        EngineExecutionResults results = engine().execute(selectFile(file.toFile()),
                selectDirectory(dir.toFile()));
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(List.of("/one", "/two"), http.urls());
    }

    @Test
    void aBrokenCollectionFailsItsContainerWithTheRenderedErrorAndTheOthersStillRun() {
        Path broken = TestFiles.write(dir, "broken.yaml", """
                name: Broken
                steps:
                  - name: Typo
                    reqest:
                      url: <<base>>/never
                """);
        Path good = TestFiles.write(dir, "good.yaml", twoSteps("Good"));

        EngineExecutionResults results = engine().executeFiles(broken, good);

        Event failed = results.containerEvents().failed().list().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals("broken.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError("the broken container did not fail: "
                        + results.containerEvents().list()));
        FileSource source = assertInstanceOf(FileSource.class, failed.getTestDescriptor().getSource().orElseThrow());
        assertEquals(broken.toFile(), source.getFile());
        Throwable error = failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertFalse(error instanceof AssertionError, "a load error is an error, not a failure");
        String message = error.getMessage();
        assertTrue(message.startsWith("error: "), message);
        assertTrue(message.contains("reqest"), message);
        assertTrue(message.contains("--> " + TestFiles.positionOf(broken, "reqest")), message);
        assertTrue(message.contains("|     reqest:"), message);
        assertTrue(message.lines().anyMatch(l -> l.matches("\\s*\\|\\s+\\^")), "a caret line:\n" + message);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertEquals(List.of("/one", "/two"), http.urls());
    }

    @Test
    void aSelectedFileThatDoesNotExistFailsItsContainer() {
        Path missing = dir.resolve("missing.yaml");
        EngineExecutionResults results = engine().execute(selectFile(missing.toString()));
        List<Event> failed = results.containerEvents().failed().list();
        assertEquals(1, failed.size(), () -> results.allEvents().list().toString());
        assertEquals("missing.yaml", failed.get(0).getTestDescriptor().getDisplayName());
        Throwable error = failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow();
        assertTrue(error.getMessage().contains("no such file"), error.getMessage());
        assertTrue(http.requests().isEmpty());
    }

    @Test
    void aStepUniqueIdNamesItsCollectionFileAndStep() {
        Path file = TestFiles.write(dir, "ids.yaml", twoSteps("Ids"));
        EngineExecutionResults results = engine().executeFiles(file);
        TestDescriptor first = EngineRun.testEvent(results, "First").getTestDescriptor();
        assertEquals(List.of("engine", "collection", "step"),
                first.getUniqueId().getSegments().stream().map(s -> s.getType()).toList());
        assertEquals(file.toString(), first.getUniqueId().getSegments().get(1).getValue());
        assertEquals("First", first.getUniqueId().getLastSegment().getValue());
        assertEquals(EventType.FINISHED, EngineRun.testEvent(results, "Second").getType());
    }
}
