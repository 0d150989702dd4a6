package dev.baton.check;

/**
 * Why a query written in a collection cannot be read, found when the collection loads.
 *
 * @param message what is wrong, e.g. {@code invalid XPath '//a[': ...}
 * @param index   the 0-based index in the argument of the spot, 0 when unknown
 */
public record QueryProblem(String message, int index) {
}
