package dev.baton.cookie;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a request came about, as far as {@code SameSite} cares (RFC 6265bis §5.2): typed by the user or sent by a
 * program ({@link #DIRECT}), or started from a page (a link, a form, a refresh), and the redirects on the way.
 * Every navigation of a sign-in is top-level, as in a browser tab.
 *
 * @param initiator     the page the request came from, or {@code null} for a direct request
 * @param redirectChain the URLs redirected through since the request was started, in order
 */
public record Navigation(URI initiator, List<URI> redirectChain) {

    /** A request typed into the address bar, or sent by a program rather than a page: same-site. */
    public static final Navigation DIRECT = new Navigation(null, List.of());

    public Navigation {
        redirectChain = List.copyOf(redirectChain);
    }

    /** A navigation started by the page at {@code page}. */
    public static Navigation from(URI page) {
        return new Navigation(Objects.requireNonNull(page, "page"), List.of());
    }

    /** This navigation after the server at {@code from} redirected it. */
    public Navigation redirectedFrom(URI from) {
        List<URI> chain = new ArrayList<>(redirectChain);
        chain.add(from);
        return new Navigation(initiator, chain);
    }

    /**
     * Whether a request to {@code target} is same-site: its initiator (if any) and every URL it was redirected
     * through are same-site with it.
     */
    public boolean isSameSite(URI target) {
        return (initiator == null || Sites.sameSite(initiator, target))
                && redirectChain.stream().allMatch(hop -> Sites.sameSite(hop, target));
    }
}
