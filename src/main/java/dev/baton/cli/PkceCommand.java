package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.auth.Pkce;
import dev.baton.model.PkceMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code baton pkce}: prints a fresh verifier, challenge and state, or the challenge of a given verifier. */
@Command(name = "pkce", description = "Print a PKCE code_verifier, code_challenge and state (RFC 7636).")
final class PkceCommand implements Callable<Integer> {

    @Option(names = "--verifier", paramLabel = "V", description = "Compute the challenge of this verifier.")
    String verifier;

    @Option(names = "--method", paramLabel = "S256|plain", description = "Challenge method (default: S256).")
    String method = "S256";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PkceMethod pkceMethod = switch (method) {
            case "S256" -> PkceMethod.S256;
            case "plain" -> PkceMethod.PLAIN;
            default -> throw new InvalidInputException("--method must be S256 or plain, not '" + method + "'");
        };
        if (verifier != null) {
            Pkce.verifierProblem(verifier).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
        }
        String codeVerifier = verifier != null ? verifier : Pkce.newVerifier();
        PrintWriter out = spec.commandLine().getOut();
        out.println("code_verifier=" + codeVerifier);
        out.println("code_challenge=" + Pkce.challenge(codeVerifier, pkceMethod));
        out.println("code_challenge_method=" + pkceMethod.wireName());
        if (verifier == null) {
            out.println("state=" + Pkce.newState());
        }
        return ExitCodes.PASSED;
    }
}
