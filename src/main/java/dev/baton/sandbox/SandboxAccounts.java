package dev.baton.sandbox;

/**
 * The clients and the user the {@link OAuthSandbox} knows. Collections, environments and docs refer to these.
 */
public final class SandboxAccounts {
    /** A confidential client: authenticates at the token endpoint with HTTP Basic. PKCE optional. */
    public static final String CONFIDENTIAL_CLIENT_ID = "sandbox-client";
    /** The secret of {@link #CONFIDENTIAL_CLIENT_ID}. */
    public static final String CONFIDENTIAL_CLIENT_SECRET = "sandbox-client-secret";
    /** A public client: no secret, sends {@code client_id} in the token request body; PKCE required. */
    public static final String PUBLIC_CLIENT_ID = "sandbox-public-client";
    /**
     * A confidential client that authenticates with a client assertion (RFC 7523 §2.2): HS256 with
     * {@link #JWT_CLIENT_SECRET} ({@code client_secret_jwt}) or ES256 with the private key of
     * {@link #JWT_CLIENT_PUBLIC_KEY} ({@code private_key_jwt}, the key is in {@code environments/local.yaml}).
     */
    public static final String JWT_CLIENT_ID = "sandbox-jwt-client";
    /** The secret of {@link #JWT_CLIENT_ID}, long enough for HS256. */
    public static final String JWT_CLIENT_SECRET = "sandbox-jwt-client-secret-0123456789abcdef";
    /** The public key registered for {@link #JWT_CLIENT_ID}: a P-256 key made for the sandbox and nothing else. */
    public static final String JWT_CLIENT_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEotT75RFoWGkO2XDGTcjiEztmX50y
            QmkaFk3BQk41vO/7eKojv0mIizRF1XASX9jBQlYB9xxR6+RU1C05XIkMnw==
            -----END PUBLIC KEY-----
            """;
    /** The redirect URI registered for both clients. */
    public static final String REDIRECT_URI = "https://baton.test/oauth/callback";
    /**
     * A loopback redirect URI registered for both clients, for sign-in with a browser and a local listener: any port
     * of {@code http://127.0.0.1}, {@code http://[::1]} or {@code http://localhost} with this path is accepted, as
     * RFC 8252 §7.3 asks of native-app authorization servers.
     */
    public static final String LOOPBACK_REDIRECT_URI = "http://127.0.0.1/oauth/callback";
    /**
     * The Zoom account of the user: {@code grant_type=account_credentials} (Server-to-Server OAuth) with the
     * confidential client needs this {@code account_id}.
     */
    public static final String ACCOUNT_ID = "sbxAcc0untBat0nTest0001";
    /** The e-mail address the sign-in page accepts. */
    public static final String USER_EMAIL = "sandbox.user@baton.test";
    /** The password the sign-in page accepts. */
    public static final String USER_PASSWORD = "sandbox-password";

    private SandboxAccounts() {
    }
}
