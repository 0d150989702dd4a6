package dev.baton.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release archives that {@code mvn package} writes ({@code target/baton-VERSION.tar.gz} and {@code .zip}):
 * the same files in both, a launcher that runs the Zoom collection against the embedded sandbox from a read-only
 * folder with nothing but a Java runtime and a few POSIX tools on the {@code PATH} (no Maven, no source tree), its
 * class-data archive in the user's cache folder, and clear messages when Java is missing or too old.
 * Runs under Failsafe, after {@code package}.
 */
class ReleaseArchiveIT {

    /** The commands bin/baton may use besides Java; a command it needs that is not here fails the test. */
    private static final List<String> TOOLS = List.of("bash", "env", "dirname", "readlink", "cat", "sed", "cut",
            "head", "cksum", "find", "grep", "mkdir", "rm", "mv");

    @TempDir
    static Path dir;

    private static Path release;
    private static Path install;
    private static Map<String, String> tarEntries;
    private static final List<Path> links = new ArrayList<>();

    @BeforeAll
    static void unpack() throws Exception {
        String base = System.getProperty("baton.release");
        assertTrue(base != null, "baton.release is not set: run this test with Failsafe (mvn verify)");
        release = Path.of(base + ".tar.gz");
        assertTrue(Files.isRegularFile(release), "mvn package wrote no " + release);
        tarEntries = tarEntries(release);
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        assertEquals(0, run(List.of("tar", "-xzf", release.toString(), "-C", unpacked.toString()), Map.of(), null)
                .status());
        try (Stream<Path> top = Files.list(unpacked)) {
            install = top.findFirst().orElseThrow();
        }
        assertEquals(Path.of(base).getFileName(), install.getFileName(), "the archive's top folder");
    }

    /** The links to tools outside the temporary folder go before it is deleted (JUnit warns about each one). */
    @AfterAll
    static void removeLinks() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void theTarAndTheZipHoldTheSameFilesAndTheLauncherIsExecutable() throws IOException {
        Set<String> zipped = new TreeSet<>();
        try (ZipFile zip = new ZipFile(Path.of(release.toString().replaceFirst("\\.tar\\.gz$", ".zip")).toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    zipped.add(entry.getName());
                }
            }
        }
        assertEquals(tarEntries.keySet(), zipped);
        String top = install.getFileName() + "/";
        for (String file : List.of("bin/baton", "bin/baton.cmd", "lib/baton.jar", "NOTICE", "THIRD-PARTY.cdx.json",
                "README.md", "docs/errors.md", "collections/zoom-oauth-pkce.yaml", "environments/local.yaml")) {
            assertTrue(tarEntries.containsKey(top + file), "the release has no " + file + ": " + tarEntries.keySet());
        }
        assertTrue(tarEntries.get(top + "bin/baton").startsWith("-rwxr-xr-x"), tarEntries.get(top + "bin/baton"));
        assertTrue(Files.readString(install.resolve("bin/baton.cmd")).contains("\r\n"), "baton.cmd has CRLF lines");
    }

    @Test
    void everyBundledLibraryIsInTheLicenceListWithItsLicence() throws IOException {
        JsonNode bom = new ObjectMapper().readTree(install.resolve("THIRD-PARTY.cdx.json").toFile());
        Map<String, JsonNode> byJar = new TreeMap<>();
        for (JsonNode component : bom.get("components")) {
            byJar.put(component.get("name").asText() + "-" + component.get("version").asText(), component);
        }
        List<String> jars;
        try (Stream<Path> lib = Files.list(install.resolve("lib"))) {
            jars = lib.map(p -> p.getFileName().toString()).filter(n -> !n.equals("baton.jar")).sorted().toList();
        }
        assertTrue(jars.size() > 10, "lib/ holds " + jars);
        for (String jar : jars) {
            JsonNode component = byJar.entrySet().stream().filter(e -> jar.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            assertTrue(component != null, jar + " is not in THIRD-PARTY.cdx.json");
            assertFalse(component.path("licenses").isEmpty(), jar + " has no licence in THIRD-PARTY.cdx.json");
        }
    }

    @Test
    void theZoomCollectionRunsFromAReadOnlyInstallWithoutMavenAndCachesItsClassData() throws Exception {
        Path tools = toolsWith(true);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path link = Files.createDirectories(dir.resolve("links")).resolve("baton");
        links.add(Files.createSymbolicLink(link, install.resolve("bin/baton")));
        Map<String, String> before = listing(install);
        readOnly(install);
        try {
            Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", home.toString());
            List<String> command = List.of(link.toString(), "run",
                    install.resolve("collections/zoom-oauth-pkce.yaml").toString());

            Result first = run(command, env, home);
            assertEquals(0, first.status(), first.output());
            assertTrue(first.output().contains("4 passed, 0 failed"), first.output());
            Path cache = home.resolve(".cache/baton");
            List<Path> archives = jsaFiles(cache);
            assertEquals(1, archives.size(), "one class-data archive in " + cache + ": " + archives);
            assertTrue(archives.get(0).getFileName().toString().startsWith(
                    "baton-" + Files.readString(install.resolve("VERSION")).strip() + "-java"
                            + Runtime.version().feature()), archives.get(0).toString());

            // -Xshare:on makes a JVM that cannot map the archive fail instead of running without it
            Map<String, String> mapped = new TreeMap<>(env);
            mapped.put("BATON_JAVA_OPTS", "-Xshare:on");
            Result second = run(command, mapped, home);
            assertEquals(0, second.status(), second.output());
            assertTrue(second.output().contains("4 passed, 0 failed"), second.output());

            Path xdg = dir.resolve("xdg");
            Map<String, String> withXdg = new TreeMap<>(env);
            withXdg.put("XDG_CACHE_HOME", xdg.toString());
            Result third = run(command, withXdg, home);
            assertTrue(third.output().contains("4 passed, 0 failed"), third.output());
            assertEquals(1, jsaFiles(xdg.resolve("baton")).size(), "XDG_CACHE_HOME is the cache when set");
        } finally {
            writable(install);
        }
        assertEquals(before, listing(install), "the run changed the install folder");
    }

    @Test
    void theJarRunsOnItsOwnWithJavaDashJar() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result result = run(List.of(java, "-jar", install.resolve("lib/baton.jar").toString(), "run",
                install.resolve("collections/zoom-oauth-pkce.yaml").toString()),
                Map.of("PATH", toolsWith(true).toString(), "HOME", dir.toString()), dir);
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("4 passed, 0 failed"), result.output());
    }

    @Test
    void aMissingOrTooOldJavaIsNamed() throws Exception {
        Map<String, String> noJava = Map.of("PATH", toolsWith(false).toString(), "HOME", dir.toString());
        Result missing = run(List.of(install.resolve("bin/baton").toString(), "--version"), noJava, dir);
        assertEquals(2, missing.status(), missing.output());
        assertTrue(missing.output().contains("no Java found: install a Java 17 or later runtime"), missing.output());

        Path old = Files.createDirectories(dir.resolve("jdk-11/bin"));
        Files.writeString(old.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path fake = Files.writeString(old.resolve("java"), "#!/bin/sh\necho should not run\nexit 9\n");
        fake.toFile().setExecutable(true);
        Map<String, String> tooOld = new TreeMap<>(noJava);
        tooOld.put("JAVA_HOME", old.getParent().toString());
        Result result = run(List.of(install.resolve("bin/baton").toString(), "--version"), tooOld, dir);
        assertEquals(2, result.status(), result.output());
        assertTrue(result.output().contains("Baton needs Java 17 or later; " + fake + " is Java 11.0.2"),
                result.output());

        // no release file: the version comes from `java -version`
        Path bare = Files.createDirectories(dir.resolve("jre-11/bin"));
        Path asked = Files.writeString(bare.resolve("java"),
                "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\nexit 0\n");
        asked.toFile().setExecutable(true);
        tooOld.put("JAVA_HOME", bare.getParent().toString());
        Result told = run(List.of(install.resolve("bin/baton").toString(), "--version"), tooOld, dir);
        assertEquals(2, told.status(), told.output());
        assertTrue(told.output().contains("Baton needs Java 17 or later; " + asked + " is Java 11.0.22"),
                told.output());
    }

    /** A folder of links to the tools bin/baton uses, with or without {@code java}, and never {@code mvn}. */
    private static Path toolsWith(boolean java) throws IOException {
        Path tools = Files.createDirectories(dir.resolve(java ? "tools" : "tools-without-java"));
        for (String tool : TOOLS) {
            Path link = tools.resolve(tool);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                links.add(Files.createSymbolicLink(link, which(tool)));
            }
        }
        if (java && !Files.exists(tools.resolve("java"))) {
            links.add(Files.createSymbolicLink(tools.resolve("java"),
                    Path.of(System.getProperty("java.home"), "bin", "java")));
        }
        assertFalse(Files.exists(tools.resolve("mvn")));
        return tools;
    }

    private static Path which(String tool) {
        for (String folder : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path path = Path.of(folder, tool);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new AssertionError("this machine has no " + tool + ", which bin/baton uses");
    }

    private static List<Path> jsaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** Every file and folder under {@code root}, with its size and modification time. */
    private static Map<String, String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.collect(Collectors.toMap(p -> root.relativize(p).toString(), p -> {
                try {
                    return Files.size(p) + " " + Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }

    private static void readOnly(Path root) throws IOException {
        permissions(root, false);
    }

    private static void writable(Path root) throws IOException {
        permissions(root, true);
    }

    private static void permissions(Path root, boolean writable) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                if (writable) {
                    permissions.add(PosixFilePermission.OWNER_WRITE);
                } else {
                    permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                            PosixFilePermission.OTHERS_WRITE));
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        }
    }

    /** The regular files of a tar.gz, each with its mode as {@code tar -tv} prints it. */
    private static Map<String, String> tarEntries(Path archive) throws Exception {
        Result list = run(List.of("tar", "-tvzf", archive.toString()), Map.of(), null);
        assertEquals(0, list.status(), list.output());
        Map<String, String> entries = new TreeMap<>();
        for (String line : list.output().split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (line.startsWith("-")) {
                entries.put(fields[fields.length - 1], fields[0]);
            }
        }
        return entries;
    }

    private record Result(int status, String output) {
    }

    /** Runs a command with exactly {@code env} (plus the current one when it is empty), output merged. */
    private static Result run(List<String> command, Map<String, String> env, Path cwd) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (!env.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        if (cwd != null) {
            builder.directory(cwd.toFile());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
