package dev.baton.http;

/**
 * A header as sent or received.
 *
 * @param name  header name
 * @param value header value
 */
public record Header(String name, String value) {
}
