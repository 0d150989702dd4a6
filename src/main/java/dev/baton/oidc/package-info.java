/**
 * OpenID Connect on the relying party's side: an ID token checked as OpenID Connect Core §3.1.3.7 says, against the
 * issuer's keys ({@link dev.baton.oidc.KeySet}, read from its {@code jwks_uri}), with Nimbus JOSE+JWT doing the
 * parsing and the cryptography. Failures name the claim and what was expected and found, never a secret.
 */
package dev.baton.oidc;
