package dev.baton.browser;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.module.Storage;
import org.openqa.selenium.bidi.network.Cookie;
import org.openqa.selenium.bidi.storage.CookieFilter;
import org.openqa.selenium.bidi.storage.GetCookiesParameters;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Hands the cookies the browser holds back to the run's cookie jar, as {@code Set-Cookie} lines from their origin,
 * so that the jar applies its own rules (RFC 6265bis) to them and later HTTP steps send them.
 */
final class BrowserCookies {

    private BrowserCookies() {
    }

    static void handBack(ChromeDriver driver, BiConsumer<URI, String> jar) {
        List<Cookie> cookies;
        try {
            cookies = new Storage(driver).getCookies(new GetCookiesParameters(new CookieFilter())).getCookies();
        } catch (WebDriverException e) {
            return;
        }
        for (Cookie cookie : cookies) {
            String domain = cookie.getDomain();
            boolean hostOnly = !domain.startsWith(".");
            String host = hostOnly ? domain : domain.substring(1);
            StringBuilder line = new StringBuilder(cookie.getName()).append('=')
                    .append(cookie.getValue().getValue());
            if (!hostOnly) {
                line.append("; Domain=").append(host);
            }
            line.append("; Path=").append(cookie.getPath() == null ? "/" : cookie.getPath());
            cookie.getExpiry().ifPresent(expiry -> line.append("; Max-Age=")
                    .append(Math.max(0, expiry - Instant.now().getEpochSecond())));
            if (cookie.isSecure()) {
                line.append("; Secure");
            }
            if (cookie.isHttpOnly()) {
                line.append("; HttpOnly");
            }
            if (cookie.getSameSite() != null) {
                line.append("; SameSite=").append(cookie.getSameSite().toString());
            }
            String scheme = cookie.isSecure() ? "https" : "http";
            String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            jar.accept(URI.create(scheme + "://" + literal + "/"), line.toString());
        }
    }
}
