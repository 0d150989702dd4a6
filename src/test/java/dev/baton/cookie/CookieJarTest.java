package dev.baton.cookie;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 6265bis storage (§5.7) and retrieval (§5.8) rules, one behaviour per test. */
class CookieJarTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final CookieJar jar = new CookieJar(clock);

    private Optional<String> get(String uri) {
        return jar.header(URI.create(uri), "GET", Navigation.DIRECT);
    }

    private void set(String uri, String header) {
        jar.store(URI.create(uri), header);
    }

    @Test
    void secureCookiesTravelToLoopbackOverHttpAsInBrowsers() {
        for (String origin : new String[]{"http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:5",
                "http://127.1.2.3", "http://app.localhost"}) {
            CookieJar fresh = new CookieJar(clock);
            fresh.store(URI.create(origin + "/set"), "SEC=v; Path=/; Secure; HttpOnly; SameSite=None");
            fresh.store(URI.create(origin + "/set"), "PLAIN=p; Path=/");
            assertEquals(Optional.of("SEC=v; PLAIN=p"),
                    fresh.header(URI.create(origin + "/echo"), "GET", Navigation.DIRECT), origin);
        }
    }

    @Test
    void secureCookiesAreRefusedFromAndNotSentToPlainHttpElsewhere() {
        set("http://example.com/", "A=1; Secure");
        assertEquals(Optional.empty(), get("https://example.com/"));
        set("https://example.com/", "B=2; Secure");
        assertEquals(Optional.empty(), get("http://example.com/"));
        assertEquals(Optional.of("B=2"), get("https://example.com/"));
    }

    @Test
    void hostOnlyCookiesStayOnTheirHostAndDomainCookiesCoverSubdomains() {
        set("https://login.example.com/", "HOST=h");
        set("https://login.example.com/", "DOM=d; Domain=.Example.COM");
        assertEquals(Optional.of("HOST=h; DOM=d"), get("https://login.example.com/"));
        assertEquals(Optional.of("DOM=d"), get("https://api.example.com/"));
        assertEquals(Optional.of("DOM=d"), get("https://example.com/"));
        assertEquals(Optional.empty(), get("https://example.org/"));
    }

    @Test
    void aDomainThatDoesNotCoverTheHostOrIsAPublicSuffixIsRefused() {
        set("https://a.example.com/", "X=1; Domain=other.com");
        set("https://a.example.com/", "Y=1; Domain=com");
        set("https://a.example.co.uk/", "Z=1; Domain=co.uk");
        set("https://a.example.com/", "W=1; Domain=b.example.com");
        assertEquals(Optional.empty(), get("https://a.example.com/"));
        assertEquals(Optional.empty(), get("https://b.example.com/"));
        assertEquals(Optional.empty(), get("https://a.example.co.uk/"));
    }

    @Test
    void anIpAddressGetsHostOnlyCookiesAndNoDomainMatchBySuffix() {
        set("http://10.0.0.1/", "A=1; Domain=10.0.0.1");
        set("http://10.0.0.1/", "B=1; Domain=0.0.1");
        assertEquals(Optional.of("A=1"), get("http://10.0.0.1/"));
        assertEquals(Optional.empty(), get("http://110.0.0.1/"));
    }

    @Test
    void pathsDefaultToTheRequestDirectoryAndMatchAtSlashes() {
        set("https://e.com/app/login/form", "D=1");
        set("https://e.com/x/y", "R=1; Path=relative");
        set("https://e.com/", "P=1; Path=/app");
        assertEquals(Optional.of("D=1; P=1"), get("https://e.com/app/login/next"));
        assertEquals(Optional.of("P=1"), get("https://e.com/app"));
        assertEquals(Optional.empty(), get("https://e.com/application"));
        assertEquals(Optional.of("R=1"), get("https://e.com/x/z"));
        assertEquals(Optional.empty(), get("https://e.com/"));
    }

    @Test
    void longerPathsComeFirstThenOlderCookies() {
        set("https://e.com/", "B=1; Path=/");
        clock.advance(Duration.ofSeconds(1));
        set("https://e.com/", "A=1; Path=/");
        set("https://e.com/", "C=1; Path=/a/b");
        clock.advance(Duration.ofSeconds(1));
        set("https://e.com/", "B=2; Path=/");
        assertEquals(Optional.of("C=1; B=2; A=1"), get("https://e.com/a/b/c"));
    }

    @Test
    void maxAgeWinsOverExpiresAndExpiredCookiesAreDropped() {
        set("https://e.com/", "M=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=60");
        set("https://e.com/", "E=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT");
        set("https://e.com/", "OLD=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT");
        assertEquals(Optional.of("M=1; E=1"), get("https://e.com/"));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(Optional.of("E=1"), get("https://e.com/"));
        set("https://e.com/", "E=gone; Max-Age=0");
        assertEquals(Optional.empty(), get("https://e.com/"));
    }

    @Test
    void expiryIsCappedAtFourHundredDays() {
        set("https://e.com/", "E=1; Max-Age=999999999");
        clock.advance(Duration.ofDays(399));
        assertEquals(Optional.of("E=1"), get("https://e.com/"));
        clock.advance(Duration.ofDays(2));
        assertEquals(Optional.empty(), get("https://e.com/"));
    }

    @Test
    void prefixesAreEnforced() {
        set("https://e.com/", "__Secure-A=1");
        set("https://e.com/", "__Secure-B=1; Secure");
        set("https://e.com/", "__Host-C=1; Secure; Path=/");
        set("https://e.com/", "__Host-D=1; Secure; Path=/; Domain=e.com");
        set("https://e.com/", "__Host-E=1; Secure");
        set("https://e.com/", "__host-F=1; Path=/");
        assertEquals(Optional.of("__Secure-B=1; __Host-C=1"), get("https://e.com/"));
    }

    @Test
    void sameSiteNoneNeedsSecure() {
        set("https://e.com/", "N=1; SameSite=None");
        set("https://e.com/", "S=1; SameSite=None; Secure");
        assertEquals(Optional.of("S=1"), get("https://e.com/"));
    }

    @Test
    void sameSiteDecidesCrossSiteNavigations() {
        set("https://idp.example/", "STRICT=1; SameSite=Strict");
        set("https://idp.example/", "LAX=1; SameSite=lax");
        set("https://idp.example/", "NONE=1; SameSite=None; Secure");
        set("https://idp.example/", "PLAIN=1");
        URI target = URI.create("https://idp.example/authorize");
        Navigation fromApp = Navigation.from(URI.create("https://app.test/start"));
        assertEquals(Optional.of("LAX=1; NONE=1; PLAIN=1"), jar.header(target, "GET", fromApp));
        assertEquals(Optional.of("NONE=1; PLAIN=1"), jar.header(target, "POST", fromApp));
        Navigation fromSelf = Navigation.from(URI.create("https://login.idp.example/"));
        assertEquals(Optional.of("STRICT=1; LAX=1; NONE=1; PLAIN=1"), jar.header(target, "POST", fromSelf));
        Navigation bounced = fromSelf.redirectedFrom(URI.create("https://app.test/callback"));
        assertEquals(Optional.of("LAX=1; NONE=1; PLAIN=1"), jar.header(target, "GET", bounced));
        assertEquals(Optional.of("STRICT=1; LAX=1; NONE=1; PLAIN=1"), jar.header(target, "GET", Navigation.DIRECT));
    }

    @Test
    void anInsecureOriginCannotShadowASecureCookie() {
        set("https://e.com/", "SID=secure; Secure");
        set("http://e.com/", "SID=forged");
        assertEquals(Optional.of("SID=secure"), get("https://e.com/"));
        assertEquals(Optional.empty(), get("http://e.com/"));
    }

    @Test
    void replacingKeepsTheFirstCreationTime() {
        set("https://e.com/", "A=1");
        clock.advance(Duration.ofSeconds(1));
        set("https://e.com/", "B=1");
        set("https://e.com/", "A=2");
        assertEquals(Optional.of("A=2; B=1"), get("https://e.com/"));
        assertEquals("2", jar.byName().get("A"));
    }

    @Test
    void valuesKeepTheirQuotesAndNamelessCookiesAreSentAsTheirValue() {
        set("https://e.com/", "Q=\"quoted value\"");
        set("https://e.com/", "bare");
        assertEquals(Optional.of("Q=\"quoted value\"; bare"), get("https://e.com/"));
    }

    @Test
    void malformedHeadersAreIgnoredWhole() {
        set("https://e.com/", "A=1\u0001; Path=/");
        set("https://e.com/", "=");
        set("https://e.com/", "B=" + "x".repeat(4100));
        set("https://e.com/", " C = 3 ; Max-Age=abc; Expires=not a date; Domain=");
        assertEquals(Optional.of("C=3"), get("https://e.com/"));
        assertTrue(jar.all().stream().allMatch(c -> c.expiry() == null));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
