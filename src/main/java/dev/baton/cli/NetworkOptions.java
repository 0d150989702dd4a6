package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.engine.NetworkSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** TLS and proxy options of {@code baton run}. */
final class NetworkOptions {

    @Option(names = {"-k", "--insecure"}, description = "Do not check TLS certificates (a warning is printed).")
    boolean insecure;

    @Option(names = "--cacert", paramLabel = "FILE", description = "Also trust the CA certificates in this PEM file.")
    Path caCertificates;

    @Option(names = "--cert", paramLabel = "FILE", description = "Client certificate for mutual TLS: a PKCS#12 "
            + "file, or a PEM chain (with --key).")
    Path clientCertificate;

    @Option(names = "--key", paramLabel = "FILE", description = "PEM private key (PKCS#8) of the --cert chain.")
    Path clientKey;

    @Option(names = "--cert-password", paramLabel = "PASSWORD", description = "Password of the PKCS#12 --cert "
            + "file; prefer the BATON_CERT_PASSWORD environment variable.")
    String password;

    @Option(names = "--proxy", paramLabel = "URL", description = "HTTP proxy for every request; default: "
            + "HTTP_PROXY, HTTPS_PROXY and NO_PROXY.")
    String proxy;

    @Option(names = "--connect-timeout", paramLabel = "MILLIS", description = "How long opening a connection "
            + "(TCP, proxy tunnel, TLS handshake) may take, in milliseconds (default: 10000, at most --timeout).")
    Long connectTimeoutMillis;

    NetworkSettings settings() {
        if (connectTimeoutMillis != null && connectTimeoutMillis <= 0) {
            throw new InvalidInputException("--connect-timeout must be a positive number of milliseconds");
        }
        String secret = password != null ? password : System.getenv("BATON_CERT_PASSWORD");
        return new NetworkSettings(insecure, Optional.ofNullable(caCertificates), Optional.ofNullable(clientCertificate),
                Optional.ofNullable(clientKey), Optional.ofNullable(secret), Optional.ofNullable(proxy),
                Optional.ofNullable(connectTimeoutMillis).map(Duration::ofMillis));
    }
}
