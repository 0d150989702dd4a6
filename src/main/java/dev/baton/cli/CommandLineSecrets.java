package dev.baton.cli;

import dev.baton.secret.Redactor;

/**
 * The values given on the command line with {@code --var}, {@code --secret} and {@code --cert-password}: Baton's own
 * error messages (picocli's among them) may quote arguments, and these must not be shown.
 */
final class CommandLineSecrets {

    private static final java.util.List<String> VALUED = java.util.List.of("--var", "--secret", "--cert-password");

    private CommandLineSecrets() {
    }

    static Redactor of(String[] args) {
        Redactor redactor = new Redactor();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (VALUED.contains(arg) && i + 1 < args.length) {
                add(redactor, args[i + 1]);
            } else if (VALUED.stream().anyMatch(o -> arg.startsWith(o + "="))) {
                add(redactor, arg.substring(arg.indexOf('=') + 1));
            }
        }
        return redactor;
    }

    private static void add(Redactor redactor, String value) {
        int eq = value.indexOf('=');
        redactor.add(eq < 0 ? value : value.substring(eq + 1));
    }
}
