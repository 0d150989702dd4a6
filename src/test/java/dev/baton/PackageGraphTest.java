package dev.baton;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package graph of Baton's main sources has no cycles, and the layers stay apart: the model needs nothing of
 * Baton's, the auth types need neither the loader nor the engine. Dependencies are read from every qualified name
 * ({@code dev.baton.pkg.Type}) in the sources, imports included.
 */
class PackageGraphTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.baton\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("dev/baton"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.').substring("dev.baton."
                        .length());
                Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        return graph;
    }

    @Test
    void hasNoCycles() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertTrue(graph.size() > 10, "the sources were found: " + graph.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertEquals(List.of(), cycles);
    }

    private static void cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path,
                                  Set<String> seen, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                cycleFrom(start, next, graph, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void theLayersStayApart() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertEquals(Set.of(), graph.get("model"), "the model needs nothing of Baton's");
        for (String auth : List.of("auth", "auth.types")) {
            for (String above : List.of("load", "engine", "cli", "report")) {
                assertFalse(graph.get(auth).contains(above), auth + " depends on " + above + ": " + graph.get(auth));
            }
        }
        assertTrue(graph.get("load").contains("auth"), "the loader finds auth types in the registry");
        assertFalse(graph.get("load").contains("auth.types"), "the loader names no auth type");
        assertFalse(graph.get("engine").contains("auth.types"), "the engine names no auth type");
    }
}
