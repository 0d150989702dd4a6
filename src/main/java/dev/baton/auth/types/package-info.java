/**
 * The auth types Baton ships: the PKCE helper ({@code oauth2-pkce}), the token helpers that send a bearer token on
 * every step ({@code client-credentials}, {@code zoom-account-credentials}, {@code login}) and an API key on every
 * step ({@code api-key}). Each is an {@link dev.baton.auth.AuthType} listed in
 * {@code META-INF/services/dev.baton.auth.AuthType}; nothing outside this package names one.
 */
package dev.baton.auth.types;
