package dev.baton.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A client registered with the sandbox; {@code secret} is {@code null} for a public client. */
record RegisteredClient(String id, String name, String secret, List<String> redirectUris) {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");
    private static final List<String> REDIRECT_URIS =
            List.of(SandboxAccounts.REDIRECT_URI, SandboxAccounts.LOOPBACK_REDIRECT_URI);

    private static final Map<String, RegisteredClient> REGISTRY = Map.of(
            SandboxAccounts.JWT_CLIENT_ID,
            new RegisteredClient(SandboxAccounts.JWT_CLIENT_ID, "Baton Sandbox JWT App",
                    SandboxAccounts.JWT_CLIENT_SECRET, REDIRECT_URIS),
            SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
            new RegisteredClient(SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "Baton Sandbox App",
                    SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, REDIRECT_URIS),
            SandboxAccounts.PUBLIC_CLIENT_ID,
            new RegisteredClient(SandboxAccounts.PUBLIC_CLIENT_ID, "Baton Sandbox Public App",
                    null, REDIRECT_URIS));

    static Optional<RegisteredClient> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(REGISTRY.get(id));
    }

    boolean isPublic() {
        return secret == null;
    }

    boolean secretMatches(String candidate) {
        return secret != null && candidate != null && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    String defaultRedirectUri() {
        return redirectUris.get(0);
    }

    /**
     * Whether {@code uri} is registered: equal to a registered URI, or, for a registered loopback URI, the same
     * path on any loopback host and port (RFC 8252 §7.3).
     */
    boolean allowsRedirectUri(String uri) {
        if (redirectUris.contains(uri)) {
            return true;
        }
        URI candidate = parse(uri);
        if (candidate == null || !isLoopback(candidate)) {
            return false;
        }
        return redirectUris.stream().map(RegisteredClient::parse).filter(Objects::nonNull)
                .filter(RegisteredClient::isLoopback)
                .anyMatch(registered -> Objects.equals(registered.getRawPath(), candidate.getRawPath())
                        && Objects.equals(registered.getRawQuery(), candidate.getRawQuery()));
    }

    private static boolean isLoopback(URI uri) {
        return "http".equals(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                && uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost());
    }

    private static URI parse(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
