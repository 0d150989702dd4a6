package dev.baton.browser;

import dev.baton.cookie.StoredCookie;

import java.net.URI;
import java.util.List;

/**
 * The jar a sign-in in the browser starts from and hands its cookies back to: the iteration's, so that Chromium is
 * the same person's browser as the HTML driver's (a session the run already has is signed in already).
 */
public interface SignInCookies {

    /** The live cookies of the jar. */
    List<StoredCookie> current();

    /** Keeps a cookie the browser holds, as if a response from {@code origin} had set it. */
    void store(URI origin, String setCookie);
}
