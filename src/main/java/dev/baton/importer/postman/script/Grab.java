package dev.baton.importer.postman.script;

/**
 * A capture a script line became: {@code pm.environment.set("token", pm.response.json().token)}.
 *
 * @param variable the Postman variable set
 * @param source   what of the response it holds
 * @param line     the script line it comes from
 */
public record Grab(String variable, Source source, int line) {
}
