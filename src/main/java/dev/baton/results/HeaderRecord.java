package dev.baton.results;

/**
 * A header as recorded, already masked.
 *
 * @param name  header name
 * @param value header value
 */
public record HeaderRecord(String name, String value) {
}
