package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.engine.NetworkSettings;
import dev.baton.http.TlsContexts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the TLS and proxy options before anything is sent: every file named exists ({@code --cacert} too, even with
 * {@code --insecure}, which would otherwise drop it without a word), {@code --key} goes with {@code --cert}, the
 * certificates and key can be read, and {@code --proxy} is a proxy URL.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** @throws InvalidInputException saying which option is wrong and why */
    static void check(NetworkSettings network, Duration timeout) {
        if (network.clientKey().isPresent() && network.clientCertificate().isEmpty()) {
            throw new InvalidInputException("--key goes with --cert FILE: the certificate chain of that key");
        }
        exists("--cacert", network.caCertificates());
        exists("--cert", network.clientCertificate());
        exists("--key", network.clientKey());
        var http = network.http(timeout);
        if (network.caCertificates().isPresent() || network.clientCertificate().isPresent()) {
            TlsContexts.create(http);
        }
    }

    private static void exists(String option, Optional<Path> file) {
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new InvalidInputException(option + " " + file.get() + ": " + (Files.exists(file.get())
                    ? "not a regular file" : "file not found"));
        }
    }
}
