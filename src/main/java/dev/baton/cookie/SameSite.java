package dev.baton.cookie;

import java.util.Locale;

/** The {@code SameSite} attribute (RFC 6265bis §4.1.2.7). */
public enum SameSite {
    /** Sent on same-site requests only. */
    STRICT,
    /** Sent on same-site requests and on cross-site top-level navigations with a safe method. */
    LAX,
    /** Sent on every request; needs {@code Secure}. */
    NONE,
    /** No valid attribute: enforced as {@link #NONE}, the RFC's default (lax-by-default is optional). */
    DEFAULT;

    /** The enforcement an attribute value asks for, ignoring case; anything else is {@link #DEFAULT}. */
    static SameSite of(String attributeValue) {
        return switch (attributeValue.toLowerCase(Locale.ROOT)) {
            case "strict" -> STRICT;
            case "lax" -> LAX;
            case "none" -> NONE;
            default -> DEFAULT;
        };
    }
}
