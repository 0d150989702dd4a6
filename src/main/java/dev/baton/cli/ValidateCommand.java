package dev.baton.cli;

import dev.baton.engine.Preflight;
import dev.baton.load.EnvironmentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code baton validate}: loads and checks collections and the environment; sends nothing. */
@Command(name = "validate", description = "Load and check collections and the environment; send nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var files = CollectionPaths.expand(options.paths, err);
        var result = new Preflight(new EnvironmentLoader()).check(files, options.settings(), options.selection());
        result.warnings().forEach(err::println);
        result.problems().forEach(p -> err.println(p.render() + "\n"));
        if (!result.ok()) {
            err.println(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
                    + " found");
            return ExitCodes.INVALID_INPUT;
        }
        result.collections().forEach(c -> out.println("ok  " + c.name() + " (" + c.steps().size() + " steps)"));
        out.println(result.collections().size() + " collection" + (result.collections().size() == 1 ? "" : "s")
                + " valid with environment " + result.environment().name());
        return ExitCodes.PASSED;
    }
}
