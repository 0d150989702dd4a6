package dev.baton.http;

import org.junit.jupiter.api.Test;

import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The URL standard's form serializer, as browsers send a form: {@code *} stays, {@code ~} is escaped, a space is
     * {@code +}. HttpClient's {@code WWWFormCodec} writes RFC 3986's unreserved set instead ({@code %2A}, {@code ~}).
     */
    @Test
    void formEncodesAsTheUrlStandardSerializes() {
        assertEquals("a*b%7Ec+d%2B-._%C3%A9%F0%9F%94%91", Urls.formEncode("a*b~c d+-._é\uD83D\uDD11"));
        assertEquals("n+1=x%26y&n+1=%3D&e=", Urls.formEncode(List.of(new BasicNameValuePair("n 1", "x&y"),
                new BasicNameValuePair("n 1", "="), new BasicNameValuePair("e", ""))));
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("z", "~");
        ordered.put("a", "*");
        assertEquals("z=%7E&a=*", Urls.formEncode(ordered));
    }

    private static String resolve(String reference) {
        return Urls.resolve(BASE, reference).orElseThrow().toString();
    }
}
