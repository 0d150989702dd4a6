package dev.baton.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code baton import curl}: placeholder until the curl importer is written. */
@Command(name = "curl", description = "Print a Baton step for a curl command line.")
final class ImportCurlCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalArgumentException("not yet");
    }
}
