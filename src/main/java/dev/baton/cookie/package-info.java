/**
 * A browser's cookie jar, by RFC 6265bis: {@link dev.baton.cookie.SetCookieParser} reads {@code Set-Cookie}
 * (§5.6), {@link dev.baton.cookie.CookieJar} stores (§5.7) and retrieves (§5.8) cookies, and
 * {@link dev.baton.cookie.Navigation} says whether a request is same-site for {@code SameSite}. Loopback hosts are
 * secure contexts, as browsers treat them ({@link dev.baton.cookie.Sites}).
 */
package dev.baton.cookie;
