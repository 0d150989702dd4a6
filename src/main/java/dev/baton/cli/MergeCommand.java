package dev.baton.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code baton merge}: the reports of one suite run as shards, written as one run's. */
@Command(name = "merge", description = "Combine the JSON reports of a suite's shards (baton run --shard I/N "
        + "--reporter json:FILE) into the reports a single run would have written.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SHARD.json", description = "The JSON report of every shard.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--reporter", required = true, paramLabel = "KIND:FILE", description = "A report to write; "
            + "repeatable. Kinds: junit, json, html, otr, and any reporter on the class path that writes a file.")
    List<String> reporters = new ArrayList<>();

    @ParentCommand
    BatonCommand root;

    @Override
    public Integer call() {
        return new MergeService(root.streams()).merge(reports, reporters);
    }
}
