package dev.baton.cookie;

import java.time.Instant;

/**
 * A cookie in the jar (RFC 6265bis §5.7).
 *
 * @param name       the name
 * @param value      the value
 * @param domain     the host it was set by (host-only) or the {@code Domain} it covers
 * @param hostOnly   whether only {@code domain} itself gets it, not its subdomains
 * @param path       the path it covers
 * @param secureOnly whether it is sent to secure contexts only
 * @param httpOnly   whether scripts may not read it
 * @param sameSite   its {@code SameSite} enforcement
 * @param expiry     when it expires, or {@code null} at the end of the session
 * @param created    when it was first stored (kept when it is replaced), for ordering
 */
public record StoredCookie(String name, String value, String domain, boolean hostOnly, String path,
                           boolean secureOnly, boolean httpOnly, SameSite sameSite, Instant expiry, Instant created) {

    boolean isExpired(Instant now) {
        return expiry != null && !expiry.isAfter(now);
    }

    boolean sameIdentity(StoredCookie other) {
        return name.equals(other.name) && domain.equals(other.domain) && hostOnly == other.hostOnly
                && path.equals(other.path);
    }

    /** {@code name=value}, or the value alone for a nameless cookie (§5.8.3 step 4). */
    String serialized() {
        return name.isEmpty() ? value : name + "=" + value;
    }

    @Override
    public String toString() {
        return "StoredCookie[" + name + ", domain=" + domain + ", path=" + path + ", value=***]";
    }
}
