package dev.baton.results;

/**
 * A header as sent or received.
 *
 * @param name  header name
 * @param value header value; cookie values are left out of {@code Cookie} and {@code Set-Cookie}
 */
public record HeaderRecord(String name, String value) {
}
