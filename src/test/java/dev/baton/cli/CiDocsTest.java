package dev.baton.cli;

import dev.baton.results.Shard;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflows of {@code docs/ci.md} are valid YAML, and every {@code baton} command in them is one Baton accepts
 * (parsed by picocli as the CLI parses it, with the CI system's placeholders filled in, its shard a real one).
 */
class CiDocsTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile("(?m)^\\s*(?:- |run: )?\\./baton (.+)$");

    @Test
    void workflowsAreYamlAndTheirCommandsAreBatons() {
        String doc = TestFiles.read(TestFiles.repositoryFile("docs/ci.md"));
        List<String> blocks = new ArrayList<>();
        YAML_BLOCK.matcher(doc).results().forEach(m -> blocks.add(m.group(1)));
        assertEquals(2, blocks.size(), "a GitHub Actions workflow and a GitLab CI file");

        Map<?, ?> github = new Yaml(new SafeConstructor(new LoaderOptions())).load(blocks.get(0));
        Map<?, ?> jobs = (Map<?, ?>) github.get("jobs");
        assertTrue(jobs.containsKey("shard") && jobs.containsKey("merge"), jobs.keySet()::toString);
        Map<?, ?> gitlab = new Yaml(new SafeConstructor(new LoaderOptions())).load(blocks.get(1));
        assertEquals(4, ((Map<?, ?>) gitlab.get("baton-shard")).get("parallel"));

        int commands = 0;
        for (String block : blocks) {
            Matcher m = COMMAND.matcher(block);
            while (m.find()) {
                String line = m.group(1).replaceAll("\\$\\{\\{ matrix\\.shard }}", "2")
                        .replace("$CI_NODE_INDEX", "2").replace("$CI_NODE_TOTAL", "4");
                assertTrue(!line.contains("$"), "a placeholder left in " + line);
                String[] args = line.strip().split("\\s+");
                CommandLine.ParseResult parsed = new CommandLine(new BatonCommand()).parseArgs(args);
                CommandLine.ParseResult sub = parsed.subcommand();
                assertTrue(sub != null, "a subcommand: " + line);
                if (sub.hasMatchedOption("--shard")) {
                    assertEquals(new Shard(2, 4), Shard.parse(sub.matchedOptionValue("--shard", "")));
                }
                commands++;
            }
        }
        assertEquals(4, commands, "two runs and two merges");
    }
}
