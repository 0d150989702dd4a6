package dev.baton.report;

import java.nio.file.Path;

/**
 * Where a unit stands in a report: its collection's place in the run and its own among the units of that collection
 * that ran, both from 0, as the walk of the finished tree meets them ({@code run.collections().get(collection)
 * .iterations().get(ordinal)}).
 *
 * @param collection     the collection's place in the run
 * @param ordinal        the unit's place in its collection
 * @param collectionName the collection's name
 * @param file           the collection file, or {@code null}
 */
public record UnitPlace(int collection, int ordinal, String collectionName, Path file) {
}
