package dev.baton.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code baton import openapi}: placeholder until the OpenAPI importer is written. */
@Command(name = "openapi", description = "Write a smoke collection for an OpenAPI document.")
final class ImportOpenApiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalArgumentException("not yet");
    }
}
