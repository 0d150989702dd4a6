package dev.baton.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> STEP_KEYS = List.of("name", "oauth", "request", "login", "capture", "expect",
            "followRedirects", "timeout", "tags");
    private static final List<String> REQUEST_KEYS = List.of("method", "url", "query", "headers", "form", "json",
            "body", "contentType", "basicAuth", "bearer");

    @ParameterizedTest
    @CsvSource({
            "expcet, expect",
            "captur, capture",
            "expectt, expect",
            "folowRedirects, followRedirects",
            "Tags, tags",
            "timeuot, timeout"})
    void nearStepKeys(String typo, String meant) {
        assertEquals(Optional.of(meant), Suggestions.didYouMean(typo, STEP_KEYS));
    }

    @Test
    void nearRequestKeysAndOperators() {
        assertEquals(Optional.of("headers"), Suggestions.didYouMean("headrs", REQUEST_KEYS));
        assertEquals(Optional.of("basicAuth"), Suggestions.didYouMean("basicauth", REQUEST_KEYS));
        assertEquals(Optional.of("startsWith"), Suggestions.didYouMean("startWith",
                List.of("equals", "contains", "startsWith", "endsWith", "matches")));
    }

    @Test
    void swappedNeighboursInShortNames() {
        List<String> environments = List.of("dev", "local", "prod");
        assertEquals(Optional.of("dev"), Suggestions.didYouMean("dve", environments));
        assertEquals(Optional.of("prod"), Suggestions.didYouMean("pord", environments));
        assertEquals(Optional.of("dev"), Suggestions.didYouMean("de", environments));
    }

    @Test
    void closestWins() {
        assertEquals(Optional.of("clientId"), Suggestions.didYouMean("clientld",
                List.of("clientSecret", "clientId", "client")));
    }

    @Test
    void nothingWhenFarOrExact() {
        assertEquals(Optional.empty(), Suggestions.didYouMean("retries", STEP_KEYS));
        assertEquals(Optional.empty(), Suggestions.didYouMean("zzz", List.of("dev", "local", "prod")));
        assertEquals(Optional.empty(), Suggestions.didYouMean("expect", List.of("expect")));
        assertEquals(Optional.empty(), Suggestions.didYouMean("ab", List.of("xy")));
        assertEquals(Optional.empty(), Suggestions.didYouMean("anything", List.of()));
    }

    @ParameterizedTest
    @CsvSource({
            "dve, dev, 1",
            "expcet, expect, 1",
            "kitten, sitting, 3",
            "'', abc, 3",
            "abc, abc, 0",
            "ca, abc, 3",
            "flaw, lawn, 2"})
    void editDistance(String a, String b, int distance) {
        assertEquals(distance, Suggestions.distance(a, b));
        assertEquals(distance, Suggestions.distance(b, a));
    }
}
