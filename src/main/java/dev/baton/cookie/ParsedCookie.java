package dev.baton.cookie;

import java.time.Instant;

/**
 * One {@code Set-Cookie} header as parsed (RFC 6265bis §5.6), before the storage model decides about it.
 *
 * @param name     the cookie name, possibly empty
 * @param value    the cookie value, quotes kept
 * @param expiry   when it expires, from {@code Max-Age} (which wins) or {@code Expires}; {@code null} for a session
 *                 cookie
 * @param domain   the last {@code Domain} attribute, lower case without a leading dot; {@code null} when absent
 * @param path     the last {@code Path} attribute that starts with {@code /}; {@code null} when absent
 * @param secure   whether {@code Secure} was given
 * @param httpOnly whether {@code HttpOnly} was given
 * @param sameSite the {@code SameSite} enforcement
 */
public record ParsedCookie(String name, String value, Instant expiry, String domain, String path, boolean secure,
                           boolean httpOnly, SameSite sameSite) {
}
