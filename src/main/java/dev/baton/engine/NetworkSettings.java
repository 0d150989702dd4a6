package dev.baton.engine;

import dev.baton.http.HttpSettings;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TLS and proxy options of a run ({@code --insecure}, {@code --cacert}, {@code --cert}, {@code --key},
 * {@code --cert-password}, {@code --proxy}), carried as configuration parameters like the rest of the settings.
 *
 * @param insecure          trust every certificate and skip host name checks
 * @param caCertificates    a PEM file of extra CAs to trust
 * @param clientCertificate a PKCS#12 file or PEM chain for mutual TLS
 * @param clientKey         the PEM private key of a PEM chain
 * @param password          the PKCS#12 password
 * @param proxy             an explicit proxy URL, over {@code HTTP(S)_PROXY}
 * @param connectTimeout    how long opening a connection may take; empty for the default
 */
public record NetworkSettings(boolean insecure, Optional<Path> caCertificates, Optional<Path> clientCertificate,
                              Optional<Path> clientKey, Optional<String> password, Optional<String> proxy,
                              Optional<Duration> connectTimeout) {

    /** No options: certificate checks on, proxies from the OS environment. */
    public static final NetworkSettings DEFAULT = new NetworkSettings(false, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static final String INSECURE = "baton.insecure";
    static final String CA_CERTIFICATES = "baton.cacert";
    static final String CLIENT_CERTIFICATE = "baton.cert";
    static final String CLIENT_KEY = "baton.key";
    static final String PASSWORD = "baton.certPassword";
    static final String PROXY = "baton.proxy";
    static final String CONNECT_TIMEOUT = "baton.connectTimeout.ms";

    static NetworkSettings from(ConfigurationParameters parameters) {
        return new NetworkSettings(parameters.getBoolean(INSECURE).orElse(false),
                parameters.get(CA_CERTIFICATES).map(Path::of), parameters.get(CLIENT_CERTIFICATE).map(Path::of),
                parameters.get(CLIENT_KEY).map(Path::of), parameters.get(PASSWORD), parameters.get(PROXY),
                parameters.get(CONNECT_TIMEOUT).map(Long::parseLong).map(Duration::ofMillis));
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(INSECURE, Boolean.toString(insecure));
        caCertificates.ifPresent(p -> parameters.put(CA_CERTIFICATES, p.toString()));
        clientCertificate.ifPresent(p -> parameters.put(CLIENT_CERTIFICATE, p.toString()));
        clientKey.ifPresent(p -> parameters.put(CLIENT_KEY, p.toString()));
        password.ifPresent(p -> parameters.put(PASSWORD, p));
        proxy.ifPresent(p -> parameters.put(PROXY, p));
        connectTimeout.ifPresent(t -> parameters.put(CONNECT_TIMEOUT, Long.toString(t.toMillis())));
        return parameters;
    }

    /** The HTTP settings these options make, over the OS environment's proxies; bad files fail here. */
    public HttpSettings http(Duration timeout) {
        return HttpSettings.fromEnvironment(System.getenv()).toBuilder()
                .timeout(timeout)
                .connectTimeout(connectTimeout.orElse(null))
                .insecure(insecure)
                .caCertificates(caCertificates.orElse(null))
                .clientCertificate(clientCertificate.orElse(null))
                .clientKey(clientKey.orElse(null))
                .clientCertificatePassword(password.orElse(null))
                .proxy(proxy.orElse(null))
                .build();
    }
}
