package dev.baton.importer.postman.script;

/**
 * One expectation a script line became.
 *
 * @param source   what it reads
 * @param operator the Baton operator: {@code equals}, {@code not}, {@code exists}, {@code lt}, {@code le}, {@code gt},
 *                 {@code ge}, {@code in}, {@code contains}, {@code matches}, {@code length}
 * @param value    what it compares with
 * @param test     the name of the Postman test it belongs to
 * @param line     the script line it comes from
 */
public record Check(Source source, String operator, Value value, String test, int line) {
}
