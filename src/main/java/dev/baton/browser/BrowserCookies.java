package dev.baton.browser;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.module.Storage;
import dev.baton.cookie.StoredCookie;
import org.openqa.selenium.bidi.network.BytesValue;
import org.openqa.selenium.bidi.network.Cookie;
import org.openqa.selenium.bidi.storage.CookieFilter;
import org.openqa.selenium.bidi.storage.GetCookiesParameters;
import org.openqa.selenium.bidi.storage.PartialCookie;
import org.openqa.selenium.bidi.storage.SetCookieParameters;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Moves cookies between the run's jar and the browser, through WebDriver BiDi's storage module: the jar's live
 * cookies into the browser before it signs in, and the browser's back to the jar afterwards, as {@code Set-Cookie}
 * lines from their origin, so that the jar applies its own rules (RFC 6265bis) to them and later HTTP steps send them.
 */
final class BrowserCookies {

    private BrowserCookies() {
    }

    /** Gives the browser the jar's cookies, with their scope, flags and expiry. */
    static void seed(ChromeDriver driver, List<StoredCookie> cookies) {
        Storage storage = new Storage(driver);
        for (StoredCookie cookie : cookies) {
            PartialCookie partial = new PartialCookie(cookie.name(), new BytesValue(BytesValue.Type.STRING,
                    cookie.value()), cookie.domain()).path(cookie.path()).secure(cookie.secureOnly())
                    .httpOnly(cookie.httpOnly());
            if (cookie.sameSite() != dev.baton.cookie.SameSite.DEFAULT) {
                partial.sameSite(Cookie.SameSite.findByName(cookie.sameSite().name().toLowerCase(Locale.ROOT)));
            }
            if (cookie.expiry() != null) {
                partial.expiry(cookie.expiry().getEpochSecond());
            }
            storage.setCookie(new SetCookieParameters(partial));
        }
    }

    static void handBack(ChromeDriver driver, SignInCookies jar) {
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
            jar.store(URI.create(scheme + "://" + literal + "/"), line.toString());
        }
    }
}
