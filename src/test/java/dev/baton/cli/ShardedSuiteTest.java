package dev.baton.cli;

import dev.baton.testing.CliRun;
import dev.baton.testing.JUnitXml;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped collections as 3 shards against the embedded sandbox: the shards are disjoint, together they are the
 * single run, and {@code baton merge} of their JSON reports gives the single run's JUnit XML test cases, in order.
 */
class ShardedSuiteTest {

    private static final int SHARDS = 3;

    @TempDir
    Path dir;

    private CliRun run(String report, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", TestFiles.repositoryFile("collections").toString(),
                "--env", TestFiles.repositoryFile("environments/local.yaml").toString(),
                "--reporter", "junit:" + dir.resolve(report + ".xml"),
                "--reporter", "json:" + dir.resolve(report + ".json")));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Each test case as {@code classname / name}, in the order of the file. */
    private List<String> testcases(String report) {
        return JUnitXml.parse(dir.resolve(report)).testcases().stream()
                .map(t -> t.classname() + " / " + t.name() + " : " + t.outcome()).toList();
    }

    private void shardsMakeTheSingleRun(String... extra) {
        CliRun single = run("single", extra);
        assertEquals(0, single.exitCode(), single::toString);
        List<String> whole = testcases("single.xml");

        List<String> union = new ArrayList<>();
        List<String> merge = new ArrayList<>(List.of("merge", "--reporter", "junit:" + dir.resolve("merged.xml")));
        for (int i = SHARDS; i >= 1; i--) {
            List<String> args = new ArrayList<>(List.of(extra));
            args.addAll(List.of("--shard", i + "/" + SHARDS));
            CliRun shard = run("shard" + i, args.toArray(String[]::new));
            assertEquals(0, shard.exitCode(), shard::toString);
            List<String> mine = testcases("shard" + i + ".xml");
            assertTrue(!mine.isEmpty(), "shard " + i + " ran nothing");
            union.addAll(mine);
            merge.add(dir.resolve("shard" + i + ".json").toString());
        }
        Set<String> distinct = new HashSet<>(union);
        assertEquals(union.size(), distinct.size(), "a test ran in two shards: " + union);
        assertEquals(new HashSet<>(whole), distinct, "the shards together are the single run");

        CliRun merged = CliRun.of(merge.toArray(String[]::new));
        assertEquals(0, merged.exitCode(), merged::toString);
        assertEquals(whole, testcases("merged.xml"), "merged: the single run's test cases, in its order");
        JUnitXml one = JUnitXml.parse(dir.resolve("single.xml"));
        JUnitXml all = JUnitXml.parse(dir.resolve("merged.xml"));
        for (String count : List.of("tests", "failures", "errors", "skipped")) {
            assertEquals(one.count(count), all.count(count), count);
        }
    }

    @Test
    void collectionsAsThreeShards() {
        shardsMakeTheSingleRun();
    }

    @Test
    void iterationsAsThreeShards() {
        shardsMakeTheSingleRun("--iterations", "2");
    }

    @Test
    void aMissingDuplicatedOrForeignShardIsNamed() {
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, run("s" + i, "--shard", i + "/2").exitCode());
        }
        assertEquals(0, run("other", "--shard", "1/2", "--iterations", "2").exitCode());
        Path s1 = dir.resolve("s1.json");
        Path s2 = dir.resolve("s2.json");
        Path other = dir.resolve("other.json");
        String out = "junit:" + dir.resolve("m.xml");

        CliRun missing = CliRun.of("merge", "--reporter", out, s1.toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("shard 2/2 is missing"), missing::toString);

        Path copy = dir.resolve("copy.json");
        TestFiles.write(dir, "copy.json", TestFiles.read(s1));
        CliRun twice = CliRun.of("merge", "--reporter", out, s1.toString(), copy.toString(), s2.toString());
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("are both shard 1/2"), twice::toString);

        CliRun foreign = CliRun.of("merge", "--reporter", out, other.toString(), s2.toString());
        assertEquals(2, foreign.exitCode(), foreign::toString);
        assertTrue(foreign.err().contains("is from another suite"), foreign::toString);
        assertTrue(foreign.err().contains(s2.toString()) || foreign.err().contains("s2.json"), foreign::toString);

        assertTrue(!dir.resolve("m.xml").toFile().exists(), "nothing written when the shards are not one suite");
    }
}
