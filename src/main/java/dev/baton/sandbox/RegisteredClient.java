package dev.baton.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client registered with the sandbox; {@code secret} is {@code null} for a public client. */
record RegisteredClient(String id, String name, String secret, List<String> redirectUris) {

    private static final Map<String, RegisteredClient> REGISTRY = Map.of(
            SandboxAccounts.CONFIDENTIAL_CLIENT_ID,
            new RegisteredClient(SandboxAccounts.CONFIDENTIAL_CLIENT_ID, "Baton Sandbox App",
                    SandboxAccounts.CONFIDENTIAL_CLIENT_SECRET, List.of(SandboxAccounts.REDIRECT_URI)),
            SandboxAccounts.PUBLIC_CLIENT_ID,
            new RegisteredClient(SandboxAccounts.PUBLIC_CLIENT_ID, "Baton Sandbox Public App",
                    null, List.of(SandboxAccounts.REDIRECT_URI)));

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
}
