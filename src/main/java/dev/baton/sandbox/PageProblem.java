package dev.baton.sandbox;

/** A browser-facing failure that ends in the 400 error page, never in a redirect. */
final class PageProblem extends RuntimeException {
    PageProblem(String message) {
        super(message, null, false, false);
    }
}
