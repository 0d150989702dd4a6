package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsAndHtmlTest {

    @Test
    void decodesFormEncoding() {
        Params params = Params.parse("a=x+y%26z&b=%C3%A4");

        assertEquals("x y&z", params.get("a"));
        assertEquals("ä", params.get("b"));
    }

    @Test
    void emptyCountsAsAbsent() {
        Params params = Params.parse("a=&b");

        assertNull(params.get("a"));
        assertNull(params.get("b"));
        assertEquals("invalid_request", assertThrows(OAuthProblem.class, () -> params.require("a")).error());
    }

    @Test
    void repeatedParameterIsInvalidRequest() {
        Params params = Params.parse("a=1&a=2");

        assertEquals("invalid_request", assertThrows(OAuthProblem.class, () -> params.get("a")).error());
        assertEquals("1", params.first("a"));
    }

    @Test
    void sameParameterInQueryAndBodyIsRepeated() {
        Params merged = Params.parse("code=1").and(Params.parse("code=2&x=3"));

        assertThrows(OAuthProblem.class, () -> merged.get("code"));
        assertEquals("3", merged.get("x"));
    }

    @Test
    void malformedPercentEncodingIsInvalidRequest() {
        assertEquals("invalid_request", assertThrows(OAuthProblem.class, () -> Params.parse("a=%zz")).error());
    }

    @Test
    void templatesEscapeValuesButNotHtmlFragments() {
        Html html = Html.render("<p title=\"{{a}}\">{{b}}</p>", Map.of("a", "\"<&>'", "b", new Html("<b>ok</b>")));

        assertEquals("<p title=\"&quot;&lt;&amp;&gt;&apos;\"><b>ok</b></p>", html.markup());
    }

    @Test
    void aMissingTemplateValueIsABug() {
        assertThrows(IllegalStateException.class, () -> Html.render("{{missing}}", Map.of()));
    }
}
