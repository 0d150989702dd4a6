package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An embedded, stateful emulation of Zoom's OAuth 2.0 endpoints on 127.0.0.1: the authorization endpoint with
 * its sign-in and consent pages, the token endpoint (authorization code with PKCE, refresh, client credentials and
 * Zoom's Server-to-Server {@code account_credentials}), {@code /v2/users/me}, and its RFC 8414 metadata at
 * {@code /.well-known/oauth-authorization-server}. Codes, verifiers, clients and
 * tokens are really checked; nothing is canned. The clients, account and user it knows are in
 * {@link SandboxAccounts}; a loopback redirect URI is accepted on any port (RFC 8252 §7.3).
 *
 * <pre>{@code
 * try (OAuthSandbox sandbox = OAuthSandbox.start(0)) {
 *     String authorize = sandbox.baseUrl() + "/oauth/authorize?response_type=code&client_id=...";
 * }
 * }</pre>
 *
 * Each instance has its own state; it lives until {@link #close()}.
 */
public final class OAuthSandbox implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final int THREADS = 8;

    private final WireMockServer server;

    private OAuthSandbox(WireMockServer server) {
        this.server = server;
    }

    /** Starts a sandbox with default lifetimes on {@code port}, or on a free port when {@code port} is 0. */
    public static OAuthSandbox start(int port) {
        return builder().port(port).start();
    }

    /**
     * Starts a sandbox on a free port with the switches named (as an environment file names them).
     *
     * @throws IllegalArgumentException for a name that is no {@link SandboxSwitch}
     */
    public static OAuthSandbox withSwitches(Collection<String> names) {
        List<SandboxSwitch> switches = new ArrayList<>();
        for (String name : names) {
            switches.add(SandboxSwitch.byKey(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown sandbox switch '" + name + "'; the switches are: " + String.join(", ",
                    SandboxSwitch.keys()))));
        }
        return builder().switches(switches).start();
    }

    /** A builder for a sandbox with other lifetimes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + HOST + ":" + port();
    }

    /** The port the sandbox listens on. */
    public int port() {
        return server.port();
    }

    /**
     * Tells {@code sink} the text of every request and response from now on: URL, headers and body. For tests that
     * must know every code, token and verifier that crossed the wire, such as leak tests.
     */
    public void recordTraffic(Consumer<String> sink) {
        server.addMockServiceRequestListener((request, response) -> {
            StringBuilder text = new StringBuilder(request.getAbsoluteUrl()).append('\n');
            request.getHeaders().all().forEach(h -> h.values().forEach(v -> text.append(h.key()).append(": ")
                    .append(v).append('\n')));
            text.append(request.getBodyAsString()).append('\n');
            response.getHeaders().all().forEach(h -> h.values().forEach(v -> text.append(h.key()).append(": ")
                    .append(v).append('\n')));
            sink.accept(text.append(response.getBodyAsString()).toString());
        });
    }

    /** Stops the server; the sandbox's state goes with it. */
    @Override
    public void close() {
        server.stop();
    }

    /** Configures and starts an {@link OAuthSandbox}. */
    public static final class Builder {
        private int port;
        private Duration codeTtl = Duration.ofMinutes(5);
        private Duration accessTokenTtl = Duration.ofSeconds(3599);
        private Clock clock = Clock.systemUTC();
        private Duration deviceInterval = Duration.ofSeconds(5);
        private Set<SandboxSwitch> switches = Set.of();

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** How long an authorization code stays redeemable; 5 minutes by default. */
        public Builder codeTtl(Duration codeTtl) {
            this.codeTtl = positive(codeTtl, "codeTtl");
            return this;
        }

        /** How long an access token is accepted; 3599 seconds by default, as Zoom's {@code expires_in}. */
        public Builder accessTokenTtl(Duration accessTokenTtl) {
            this.accessTokenTtl = positive(accessTokenTtl, "accessTokenTtl");
            return this;
        }

        /** The polling interval the device grant asks for (RFC 8628 §3.2); 5 seconds by default, whole seconds. */
        public Builder deviceInterval(Duration deviceInterval) {
            this.deviceInterval = positive(deviceInterval, "deviceInterval");
            return this;
        }

        /** The behaviours to switch on; none by default. */
        public Builder switches(Collection<SandboxSwitch> switches) {
            this.switches = Set.copyOf(switches);
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @throws IllegalStateException when the server cannot start, for example because the port is taken
         */
        public OAuthSandbox start() {
            SandboxState state = new SandboxState(clock, codeTtl, accessTokenTtl, deviceInterval, switches);
            WireMockServer server = new WireMockServer(configuration(state));
            try {
                server.start();
            } catch (RuntimeException e) {
                IllegalStateException failure = new IllegalStateException("cannot start the OAuth sandbox on "
                        + HOST + ":" + port + ": " + rootMessage(e), e);
                stopQuietly(server, failure);
                throw failure;
            }
            state.issuer("http://" + HOST + ":" + server.port());
            Routes.register(server);
            return new OAuthSandbox(server);
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return message.startsWith("Failed to bind") || message.contains("already in use") ? "the port is in use"
                    : message;
        }

        private WireMockConfiguration configuration(SandboxState state) {
            return WireMockConfiguration.options()
                    .bindAddress(HOST)
                    .port(port)
                    .containerThreads(THREADS)
                    .jettyAcceptors(1)
                    .asynchronousResponseEnabled(false)
                    .withWebhookThreadPoolSize(1)
                    .disableRequestJournal()
                    .stubRequestLoggingDisabled(true)
                    .notifier(new QuietNotifier())
                    .templatingEnabled(false)
                    .extensionScanningEnabled(false)
                    .gzipDisabled(true)
                    .http2PlainDisabled(true)
                    .adminAuthenticator(request -> false)
                    .extensions(
                            new AuthorizationEndpoint(state),
                            new SignInEndpoint(state),
                            new ConsentEndpoint(state),
                            new InterstitialEndpoint(state),
                            new TokenEndpoint(state),
                            new DeviceEndpoint(state),
                            new PushedAuthorizationEndpoint(state),
                            new RevocationEndpoint(state),
                            new IntrospectionEndpoint(state),
                            new DeviceVerificationEndpoint(state),
                            new UserEndpoint(state),
                            new MetadataEndpoint(state),
                            new JwksEndpoint(state));
        }

        private static void stopQuietly(WireMockServer server, Exception failure) {
            try {
                server.stop();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
            }
            return value;
        }
    }
}
