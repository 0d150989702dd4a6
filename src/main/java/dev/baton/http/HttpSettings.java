package dev.baton.http;

import dev.baton.model.InvalidInputException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Baton talks HTTP: timeout, body limit, TLS trust, client certificate and proxy. Immutable; made with
 * {@link #builder()}, {@link #fromEnvironment(Map)} or {@link #toBuilder()}.
 *
 * <p>Certificates are checked by default: the JDK's trusted CAs and host name verification. {@code insecure}
 * turns both off; {@code caCertificates} adds CAs to the JDK's. Files are named here and read when a sender
 * is made ({@link TlsContexts#create(HttpSettings)} reads them too, to report a bad file early).
 *
 * <p>Proxies: {@code http://} URLs go through the HTTP proxy, {@code https://} URLs through the HTTPS proxy
 * (a {@code CONNECT} tunnel), unless the host is in the no-proxy list. Loopback hosts are not exempt unless
 * listed: write {@code NO_PROXY=localhost,127.0.0.1} to reach a local server directly.
 */
public final class HttpSettings {

    /** Timeout of a whole exchange when none is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Connect timeout when none is set (never more than the exchange's). */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Body limit when none is set: 10 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final HttpSettings DEFAULTS = new Builder().build();

    private final Duration timeout;
    private final Duration connectTimeout;
    private final int maxBodyBytes;
    private final boolean insecure;
    private final Path caCertificates;
    private final Path clientCertificate;
    private final Path clientKey;
    private final String clientCertificatePassword;
    private final URI httpProxy;
    private final URI httpsProxy;
    private final List<String> noProxy;

    private HttpSettings(Builder b) {
        timeout = b.timeout;
        connectTimeout = b.connectTimeout;
        maxBodyBytes = b.maxBodyBytes;
        insecure = b.insecure;
        caCertificates = b.caCertificates;
        clientCertificate = b.clientCertificate;
        clientKey = b.clientKey;
        clientCertificatePassword = b.clientCertificatePassword;
        httpProxy = b.httpProxy;
        httpsProxy = b.httpsProxy;
        noProxy = List.copyOf(b.noProxy);
    }

    /** Timeouts of 30 s, a 10 MiB body limit, certificates checked, no client certificate, no proxy. */
    public static HttpSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defaults plus the proxies named by the environment, as curl and most tools read them: {@code http_proxy}
     * or {@code HTTP_PROXY} for {@code http://} URLs, {@code https_proxy} or {@code HTTPS_PROXY} for
     * {@code https://} URLs, and {@code no_proxy} or {@code NO_PROXY} for the hosts to reach directly (the
     * lowercase name wins when both are set; blank values count as unset). A proxy without a scheme is taken as
     * {@code http://}. {@code ALL_PROXY} is not read. No-proxy entries are comma separated: {@code *} for every
     * host, {@code example.com} for that host and its subdomains, {@code .example.com} for subdomains only, an
     * IP address, each optionally with {@code :port}. Loopback is not exempt unless listed.
     *
     * @throws InvalidInputException when a proxy variable is not an {@code http://host:port} URL
     */
    public static HttpSettings fromEnvironment(Map<String, String> env) {
        Builder builder = builder();
        firstSet(env, "http_proxy", "HTTP_PROXY")
                .ifPresent(name -> builder.httpProxy = ProxySelection.parseProxy(env.get(name), name));
        firstSet(env, "https_proxy", "HTTPS_PROXY")
                .ifPresent(name -> builder.httpsProxy = ProxySelection.parseProxy(env.get(name), name));
        firstSet(env, "no_proxy", "NO_PROXY").ifPresent(name -> builder.noProxy(env.get(name)));
        return builder.build();
    }

    private static Optional<String> firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.connectTimeout = connectTimeout;
        b.maxBodyBytes = maxBodyBytes;
        b.insecure = insecure;
        b.caCertificates = caCertificates;
        b.clientCertificate = clientCertificate;
        b.clientKey = clientKey;
        b.clientCertificatePassword = clientCertificatePassword;
        b.httpProxy = httpProxy;
        b.httpsProxy = httpsProxy;
        b.noProxy = noProxy;
        return b;
    }

    /**
     * How long one exchange may take by default, from sending the request to the last byte of the body; a request
     * may set its own.
     */
    public Duration timeout() {
        return timeout;
    }

    /** How long opening a connection may take (TCP, proxy tunnel and TLS handshake): at most the exchange's timeout. */
    public Duration connectTimeout() {
        return connectTimeout == null || connectTimeout.compareTo(timeout) > 0 ? timeout : connectTimeout;
    }

    /** Responses with a longer body fail with a {@link TransportException}. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Whether every server certificate and host name is accepted. */
    public boolean insecure() {
        return insecure;
    }

    /** A PEM file of CA certificates trusted besides the JDK's. */
    public Optional<Path> caCertificates() {
        return Optional.ofNullable(caCertificates);
    }

    /** The client certificate: a PKCS#12 file, or a PEM certificate chain (which may hold the key too). */
    public Optional<Path> clientCertificate() {
        return Optional.ofNullable(clientCertificate);
    }

    /** The PEM (PKCS#8) private key of a PEM client certificate, when it is in a file of its own. */
    public Optional<Path> clientKey() {
        return Optional.ofNullable(clientKey);
    }

    /** Whether a password for the PKCS#12 client certificate is set. The password itself stays inside. */
    public boolean hasClientCertificatePassword() {
        return clientCertificatePassword != null;
    }

    String clientCertificatePassword() {
        return clientCertificatePassword;
    }

    /** The proxy for {@code http://} URLs, credentials included. */
    public Optional<URI> httpProxy() {
        return Optional.ofNullable(httpProxy);
    }

    /** The proxy for {@code https://} URLs, credentials included. */
    public Optional<URI> httpsProxy() {
        return Optional.ofNullable(httpsProxy);
    }

    /** Hosts reached without a proxy, as written ({@code *}, {@code host}, {@code .suffix}, optional port). */
    public List<String> noProxy() {
        return noProxy;
    }

    /** The settings with proxy credentials and the password left out. */
    @Override
    public String toString() {
        return "HttpSettings{timeout=" + timeout + ", maxBodyBytes=" + maxBodyBytes + ", insecure=" + insecure
                + ", caCertificates=" + caCertificates + ", clientCertificate=" + clientCertificate
                + ", clientKey=" + clientKey + ", clientCertificatePassword="
                + (clientCertificatePassword == null ? "none" : "***")
                + ", httpProxy=" + ProxySelection.show(httpProxy) + ", httpsProxy=" + ProxySelection.show(httpsProxy)
                + ", noProxy=" + noProxy + "}";
    }

    /**
     * Builds {@link HttpSettings}. Setters ignore {@code null}, so options that were not given on a command line
     * can be passed straight through without overwriting what is already set (e.g. proxies from the
     * environment).
     */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private boolean insecure;
        private Path caCertificates;
        private Path clientCertificate;
        private Path clientKey;
        private String clientCertificatePassword;
        private URI httpProxy;
        private URI httpsProxy;
        private List<String> noProxy = List.of();

        private Builder() {
        }

        /** Connection timeout; must be positive; {@code null} keeps the one set so far. */
        public Builder connectTimeout(Duration connectTimeout) {
            if (connectTimeout != null) {
                if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                    throw new IllegalArgumentException("connect timeout must be positive, not "
                            + connectTimeout.toMillis() + " ms");
                }
                this.connectTimeout = connectTimeout;
            }
            return this;
        }

        /** Default timeout of a whole exchange; must be positive. */
        public Builder timeout(Duration timeout) {
            if (timeout != null) {
                if (timeout.isNegative() || timeout.isZero()) {
                    throw new IllegalArgumentException("timeout must be positive, not " + timeout.toMillis() + " ms");
                }
                this.timeout = timeout;
            }
            return this;
        }

        /** Largest response body read, in bytes; must be positive. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("the body limit must be positive, not " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** {@code --insecure}: accept any server certificate and host name. */
        public Builder insecure(boolean insecure) {
            this.insecure = insecure;
            return this;
        }

        /** {@code --cacert FILE}: PEM CA certificates to trust besides the JDK's. */
        public Builder caCertificates(Path pemFile) {
            if (pemFile != null) {
                caCertificates = pemFile;
            }
            return this;
        }

        /**
         * {@code --cert FILE}: the client certificate. A file holding PEM blocks is a PEM certificate chain
         * (its key in {@link #clientKey(Path)}, or in the same file); any other file is read as PKCS#12.
         */
        public Builder clientCertificate(Path file) {
            if (file != null) {
                clientCertificate = file;
            }
            return this;
        }

        /** {@code --key FILE}: the unencrypted PKCS#8 PEM private key (RSA or EC) of a PEM client certificate. */
        public Builder clientKey(Path pemFile) {
            if (pemFile != null) {
                clientKey = pemFile;
            }
            return this;
        }

        /** {@code --cert-password}: the password of a PKCS#12 client certificate (PEM keys are unencrypted). */
        public Builder clientCertificatePassword(String password) {
            if (password != null) {
                clientCertificatePassword = password;
            }
            return this;
        }

        /** A PKCS#12 client certificate and its password ({@code null} for none). */
        public Builder clientPkcs12(Path file, String password) {
            return clientCertificate(file).clientCertificatePassword(password);
        }

        /** A PEM client certificate chain and its PKCS#8 PEM private key. */
        public Builder clientPem(Path certificateChain, Path privateKey) {
            return clientCertificate(certificateChain).clientKey(privateKey);
        }

        /** {@code --proxy URL}: the proxy for every URL, e.g. {@code http://user:pass@proxy:3128}. */
        public Builder proxy(URI proxy) {
            return proxy == null ? this : proxy(proxy.toString());
        }

        /**
         * {@code --proxy URL}: the proxy for every URL, {@code http://[user:pass@]host[:port]} (port 80 when
         * left out; a missing scheme means {@code http://}). An empty string removes the proxies set so far.
         *
         * @throws InvalidInputException when it is not such a URL
         */
        public Builder proxy(String proxy) {
            if (proxy != null) {
                URI parsed = proxy.isBlank() ? null : ProxySelection.parseProxy(proxy, "--proxy");
                httpProxy = parsed;
                httpsProxy = parsed;
            }
            return this;
        }

        /** The proxy for {@code http://} URLs only. */
        public Builder httpProxy(URI proxy) {
            if (proxy != null) {
                httpProxy = ProxySelection.parseProxy(proxy.toString(), "HTTP proxy");
            }
            return this;
        }

        /** The proxy for {@code https://} URLs only. */
        public Builder httpsProxy(URI proxy) {
            if (proxy != null) {
                httpsProxy = ProxySelection.parseProxy(proxy.toString(), "HTTPS proxy");
            }
            return this;
        }

        /** Hosts reached directly, comma separated as in {@code NO_PROXY}; replaces the list. */
        public Builder noProxy(String commaSeparated) {
            return commaSeparated == null ? this : noProxy(ProxySelection.splitNoProxy(commaSeparated));
        }

        /** Hosts reached directly: {@code *}, {@code host}, {@code .suffix}, each with an optional port. */
        public Builder noProxy(List<String> hosts) {
            if (hosts != null) {
                noProxy = hosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
            }
            return this;
        }

        /**
         * The settings.
         *
         * @throws InvalidInputException when a key or password is given without a certificate
         */
        public HttpSettings build() {
            if (clientCertificate == null && clientKey != null) {
                throw new InvalidInputException("--key " + clientKey + ": needs --cert, the certificate of "
                        + "the key");
            }
            if (clientCertificate == null && clientCertificatePassword != null) {
                throw new InvalidInputException("--cert-password needs --cert, a PKCS#12 file");
            }
            return new HttpSettings(this);
        }
    }
}
