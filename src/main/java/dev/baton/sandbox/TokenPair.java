package dev.baton.sandbox;

/** The tokens one successful token request issues. */
record TokenPair(IssuedToken access, IssuedToken refresh) {
}
