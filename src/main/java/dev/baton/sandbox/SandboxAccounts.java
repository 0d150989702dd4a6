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
    /** The redirect URI registered for both clients. */
    public static final String REDIRECT_URI = "https://baton.test/oauth/callback";
    /** The e-mail address the sign-in page accepts. */
    public static final String USER_EMAIL = "sandbox.user@baton.test";
    /** The password the sign-in page accepts. */
    public static final String USER_PASSWORD = "sandbox-password";

    private SandboxAccounts() {
    }
}
