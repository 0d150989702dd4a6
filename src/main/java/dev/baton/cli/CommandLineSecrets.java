package dev.baton.cli;

import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;

import java.util.Optional;

/**
 * The secrets given on the command line: {@code --cert-password}, every {@code --secret}, and every {@code --var}
 * whose name looks secret ({@link SecretNames}). Baton's own messages (picocli's among them) may quote arguments,
 * and these must not be shown; they start the registry of the output boundary every command writes through.
 */
final class CommandLineSecrets {

    private CommandLineSecrets() {
    }

    static Redactor of(String[] args) {
        Redactor redactor = new Redactor();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String next = i + 1 < args.length ? args[i + 1] : null;
            value(arg, "--cert-password", next).ifPresent(redactor::add);
            value(arg, "--secret", next).ifPresent(assignment -> redactor.add(assigned(assignment)));
            value(arg, "--var", next).filter(CommandLineSecrets::secretName)
                    .ifPresent(assignment -> redactor.add(assigned(assignment)));
        }
        return redactor;
    }

    /** The value of {@code option} at this argument: {@code --option VALUE} or {@code --option=VALUE}. */
    private static Optional<String> value(String arg, String option, String next) {
        if (arg.equals(option)) {
            return Optional.ofNullable(next);
        }
        return arg.startsWith(option + "=") ? Optional.of(arg.substring(option.length() + 1)) : Optional.empty();
    }

    private static boolean secretName(String assignment) {
        int eq = assignment.indexOf('=');
        return eq < 0 || SecretNames.isSecret(assignment.substring(0, eq));
    }

    private static String assigned(String assignment) {
        int eq = assignment.indexOf('=');
        return eq < 0 ? assignment : assignment.substring(eq + 1);
    }
}
