package dev.baton.http;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlsTest {

    private static final URI BASE = URI.create("http://h.example/a/b?x=1");

    @Test
    void resolvesReferencesAsRfc3986Does() {
        assertEquals("http://h.example/a/c", resolve("c"));
        assertEquals("http://h.example/c?y=2", resolve("../c?y=2"));
        assertEquals("http://h.example/a/b?y=2", resolve("?y=2"));
        assertEquals("https://o.example/z", resolve("https://o.example/z"));
        assertEquals("http://o.example/z", resolve("//o.example/z"));
        assertEquals("http://h.example/c", Urls.resolve(URI.create("http://h.example"), "c").orElseThrow().toString());
    }

    @Test
    void toleratesCharactersServersForgetToEscape() {
        assertEquals("http://h.example/a/my%20page?q=%C3%A9%7C", resolve(" my page?q=é| "));
        assertEquals("http://h.example/a/50%25", resolve("50%"));
    }

    @Test
    void showsUrlsWithoutQueryOrFragment() {
        assertEquals("http://h.example/a/b", Urls.withoutQuery(URI.create("http://h.example/a/b?code=s#f")));
        assertEquals("http://h.example/a?n=1", Urls.withQuery(URI.create("http://h.example/a?old=2#f"), "n=1")
                .toString());
    }

    private static String resolve(String reference) {
        return Urls.resolve(BASE, reference).orElseThrow().toString();
    }
}
