package dev.baton.check;

import static dev.baton.check.Fixtures.html;
import static dev.baton.check.Fixtures.json;
import static dev.baton.check.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jayway.jsonpath.DocumentContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseViewTest {

    @Test
    void parsesEachViewOnce() {
        ResponseView json = json("{\"a\":1}").view();
        DocumentContext first = json.json().orElseThrow();
        assertSame(first, json.json().orElseThrow());
        assertSame(json.body(), json.body());
        ResponseView page = html("<p>x</p>").view();
        assertSame(page.html(), page.html());
    }

    @Test
    void jsonIsStrict() {
        assertTrue(json("{'a':1}").view().json().isEmpty());
        assertTrue(json("{\"a\":1} trailing").view().json().isEmpty());
        assertTrue(response(200).body("hello").view().json().isEmpty());
        assertTrue(response(200).view().json().isEmpty());
    }

    @Test
    void jsonMayStartWithAByteOrderMarkAndEndWithSpace() {
        assertEquals(Integer.valueOf(1), json("\uFEFF{\"a\":1}\n\n").view().json().orElseThrow().read("$.a"));
    }

    @Test
    void htmlResolvesAgainstTheRequestUri() {
        ResponseView page = html("<a href=\"../x?y=1\">go</a>").uri("https://auth.example/a/b/c").view();
        assertEquals("https://auth.example/a/x?y=1", page.html().selectFirst("a").attr("abs:href"));
    }

    @Test
    void theBodyIsDecodedWithTheResponseCharset() {
        ResponseView latin = response(200).body("na\u00efve", StandardCharsets.ISO_8859_1).view();
        assertEquals("na\u00efve", latin.body());
    }

    @Test
    void needsAResult() {
        assertThrows(NullPointerException.class, () -> new ResponseView(null));
    }
}
