package dev.baton.sandbox;

/** Where an authorization request's outcome goes: the redirect URI and the {@code state} to echo. */
record AuthorizationTarget(String redirectUri, String state) {
}
