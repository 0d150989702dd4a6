package dev.baton.importer.postman;

import java.util.Map;
import java.util.Optional;

/**
 * Postman's dynamic variables ({@code {{$guid}}}, {@code {{$randomEmail}}}, ...) as Baton text: a built-in where Baton
 * has one, a text made of built-ins where that gives a value of the same kind (a fresh e-mail address), else a fixed
 * value of that kind, which the import report names.
 */
final class DynamicVariables {

    /** How a dynamic variable carries over. */
    record Replacement(String text, boolean fixed) {
    }

    private static final Map<String, String> FRESH = Map.ofEntries(
            Map.entry("$guid", "<<$uuid>>"),
            Map.entry("$randomUUID", "<<$uuid>>"),
            Map.entry("$timestamp", "<<$timestamp>>"),
            Map.entry("$isoTimestamp", "<<$isoTimestamp>>"),
            Map.entry("$randomInt", "<<$randomInt>>"),
            Map.entry("$randomEmail", "user-<<$uuid>>@example.com"),
            Map.entry("$randomExampleEmail", "user-<<$uuid>>@example.com"),
            Map.entry("$randomUserName", "user-<<$uuid>>"),
            Map.entry("$randomPassword", "<<$uuid>>"),
            Map.entry("$randomAlphaNumeric", "<<$randomInt>>"),
            Map.entry("$randomUrl", "https://example.com/<<$uuid>>"),
            Map.entry("$randomDomainName", "host-<<$uuid>>.example.com"),
            Map.entry("$randomWord", "word<<$randomInt>>"),
            Map.entry("$randomPhoneNumber", "555-0<<$randomInt>>"));

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("$randomBoolean", "true"),
            Map.entry("$randomFirstName", "Ada"),
            Map.entry("$randomLastName", "Lovelace"),
            Map.entry("$randomFullName", "Ada Lovelace"),
            Map.entry("$randomNamePrefix", "Dr."),
            Map.entry("$randomNameSuffix", "Jr."),
            Map.entry("$randomJobTitle", "Engineer"),
            Map.entry("$randomCity", "Paris"),
            Map.entry("$randomCountry", "France"),
            Map.entry("$randomCountryCode", "FR"),
            Map.entry("$randomStreetAddress", "1 Main Street"),
            Map.entry("$randomColor", "red"),
            Map.entry("$randomHexColor", "#ff0000"),
            Map.entry("$randomIP", "192.0.2.1"),
            Map.entry("$randomIPV6", "2001:db8::1"),
            Map.entry("$randomMACAddress", "00:00:5e:00:53:01"),
            Map.entry("$randomLocale", "en"),
            Map.entry("$randomUserAgent", "Mozilla/5.0 (Baton)"),
            Map.entry("$randomProtocol", "https"),
            Map.entry("$randomSemver", "1.0.0"),
            Map.entry("$randomCompanyName", "Example Ltd"),
            Map.entry("$randomPrice", "9.99"),
            Map.entry("$randomCurrencyCode", "EUR"),
            Map.entry("$randomLoremWord", "lorem"),
            Map.entry("$randomLoremWords", "lorem ipsum dolor"),
            Map.entry("$randomLoremSentence", "Lorem ipsum dolor sit amet."),
            Map.entry("$randomDateFuture", "2030-01-01T00:00:00.000Z"),
            Map.entry("$randomDatePast", "2020-01-01T00:00:00.000Z"),
            Map.entry("$randomDateRecent", "2024-01-01T00:00:00.000Z"),
            Map.entry("$randomFileName", "file.txt"),
            Map.entry("$randomFileExt", "txt"),
            Map.entry("$randomMimeType", "text/plain"));

    private DynamicVariables() {
    }

    /** The replacement of a dynamic variable, or empty for a name Postman does not know either. */
    static Optional<Replacement> of(String name) {
        if (FRESH.containsKey(name)) {
            return Optional.of(new Replacement(FRESH.get(name), false));
        }
        return Optional.ofNullable(FIXED.get(name)).map(v -> new Replacement(v, true));
    }
}
