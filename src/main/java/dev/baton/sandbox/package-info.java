/**
 * An embedded emulation of Zoom's OAuth 2.0 authorization server (authorization code grant with PKCE,
 * refresh tokens, client credentials, Zoom's Server-to-Server account credentials, {@code /v2/users/me}) on
 * WireMock, for running collections without real credentials.
 *
 * <p>{@link dev.baton.sandbox.OAuthSandbox} is the entry point; {@link dev.baton.sandbox.SandboxAccounts} holds
 * the clients, account and user it knows. Everything else is package-private.
 */
package dev.baton.sandbox;
