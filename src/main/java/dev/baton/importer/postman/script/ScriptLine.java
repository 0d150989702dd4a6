package dev.baton.importer.postman.script;

/**
 * A line of a script that was not translated.
 *
 * @param line the 1-based line in the script
 * @param text the line as written
 */
public record ScriptLine(int line, String text) {
}
