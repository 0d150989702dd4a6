package dev.baton.cli;

import dev.baton.secret.Redactor;

/**
 * The values given on the command line with {@code --var} and {@code --cert-password}: Baton's own error messages
 * (picocli's among them) may quote arguments, and these must not be shown.
 */
final class CommandLineSecrets {

    private CommandLineSecrets() {
    }

    static Redactor of(String[] args) {
        Redactor redactor = new Redactor();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--var") || arg.equals("--cert-password")) && i + 1 < args.length) {
                add(redactor, args[i + 1]);
            } else if (arg.startsWith("--var=") || arg.startsWith("--cert-password=")) {
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
