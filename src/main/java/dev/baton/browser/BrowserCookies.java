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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves cookies between the run's jar and the browser, through WebDriver BiDi's storage module: the jar's live
 * cookies into the browser before it signs in, and the browser's back to the jar afterwards, as {@code Set-Cookie}
 * lines from their origin, so that the jar applies its own rules (RFC 6265bis) to them and later HTTP steps send them.
 */
final class BrowserCookies {

    private BrowserCookies() {
    }

    /**
     * Gives the browser the jar's cookies, with their scope (host-only ones kept host-only), flags and expiry;
     * returns what it gave, so that {@link #handBack} leaves those the browser kept unchanged to the jar.
     */
    static Set<String> seed(ChromeDriver driver, List<StoredCookie> cookies) {
        Storage storage = new Storage(driver);
        Set<String> given = new HashSet<>();
        for (StoredCookie cookie : cookies) {
            if (cookie.hostOnly()) {
                if (hostOnly(driver, cookie)) {
                    given.add(key(cookie.name(), cookie.domain(), cookie.path(), cookie.value()));
                }
                continue;
            }
            PartialCookie partial = new PartialCookie(cookie.name(), new BytesValue(BytesValue.Type.STRING,
                    cookie.value()), cookie.domain()).path(cookie.path()).secure(cookie.secureOnly())
                    .httpOnly(cookie.httpOnly());
            switch (cookie.sameSite()) {
                case STRICT -> partial.sameSite(Cookie.SameSite.STRICT);
                case LAX -> partial.sameSite(Cookie.SameSite.LAX);
                case NONE -> partial.sameSite(Cookie.SameSite.NONE);
                case DEFAULT -> { }
            }
            if (cookie.expiry() != null) {
                partial.expiry(cookie.expiry().getEpochSecond());
            }
            try {
                storage.setCookie(new SetCookieParameters(partial));
                given.add(key(cookie.name(), cookie.domain(), cookie.path(), cookie.value()));
            } catch (WebDriverException refused) {
                // a cookie this Chromium will not take: the sign-in goes on without it, as a browser that lost it
            }
        }
        return given;
    }

    /**
     * A host-only cookie set through the Chrome DevTools protocol with a URL and no domain, which keeps it host-only
     * (BiDi's storage.setCookie always takes a domain, which would send it to the host's subdomains too).
     */
    private static boolean hostOnly(ChromeDriver driver, StoredCookie cookie) {
        String host = cookie.domain().contains(":") && !cookie.domain().startsWith("[") ? "[" + cookie.domain() + "]"
                : cookie.domain();
        Map<String, Object> parameters = new HashMap<>(Map.of("name", cookie.name(), "value", cookie.value(),
                "url", (cookie.secureOnly() ? "https://" : "http://") + host + cookie.path(), "path", cookie.path(),
                "secure", cookie.secureOnly(), "httpOnly", cookie.httpOnly()));
        switch (cookie.sameSite()) {
            case STRICT -> parameters.put("sameSite", "Strict");
            case LAX -> parameters.put("sameSite", "Lax");
            case NONE -> parameters.put("sameSite", "None");
            case DEFAULT -> { }
        }
        if (cookie.expiry() != null) {
            parameters.put("expires", cookie.expiry().getEpochSecond());
        }
        try {
            Object result = driver.executeCdpCommand("Network.setCookie", parameters);
            return !(result instanceof Map<?, ?> answer) || !Boolean.FALSE.equals(answer.get("success"));
        } catch (WebDriverException refused) {
            return false;
        }
    }

    /** Hands the browser's cookies to the jar, but for those {@link #seed} gave it and it kept as they were. */
    static void handBack(ChromeDriver driver, SignInCookies jar, Set<String> unchanged) {
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
            String path = cookie.getPath() == null ? "/" : cookie.getPath();
            if (unchanged.contains(key(cookie.getName(), host, path, cookie.getValue().getValue()))) {
                continue;
            }
            StringBuilder line = new StringBuilder(cookie.getName()).append('=')
                    .append(cookie.getValue().getValue());
            if (!hostOnly) {
                line.append("; Domain=").append(host);
            }
            line.append("; Path=").append(path);
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

    private static String key(String name, String host, String path, String value) {
        return String.join("\n", name, host, path, value);
    }
}
