package dev.baton.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxySelectionTest {

    @Test
    void aHostEntryCoversTheHostAndItsSubdomains() {
        List<String> noProxy = List.of("Example.COM");
        assertTrue(ProxySelection.bypasses(noProxy, "example.com", 443));
        assertTrue(ProxySelection.bypasses(noProxy, "api.example.com.", 443));
        assertFalse(ProxySelection.bypasses(noProxy, "notexample.com", 443));
        assertFalse(ProxySelection.bypasses(noProxy, "example.com.evil.test", 443));
    }

    @Test
    void aDotEntryCoversSubdomainsOnly() {
        List<String> noProxy = List.of(".internal.example");
        assertTrue(ProxySelection.bypasses(noProxy, "a.internal.example", 80));
        assertTrue(ProxySelection.bypasses(noProxy, "b.a.internal.example", 80));
        assertFalse(ProxySelection.bypasses(noProxy, "internal.example", 80));
        assertTrue(ProxySelection.bypasses(List.of("*.internal.example"), "a.internal.example", 80));
    }

    @Test
    void starCoversEverything() {
        assertTrue(ProxySelection.bypasses(List.of("*"), "anything.example", 80));
        assertTrue(ProxySelection.bypasses(List.of("*"), "10.1.2.3", 80));
    }

    @Test
    void ipAddressesMatchExactly() {
        assertTrue(ProxySelection.bypasses(List.of("10.0.0.1"), "10.0.0.1", 80));
        assertFalse(ProxySelection.bypasses(List.of("0.0.1"), "10.0.0.1", 80));
        assertTrue(ProxySelection.bypasses(List.of("::1"), "[::1]", 80));
        assertTrue(ProxySelection.bypasses(List.of("[::1]:8080"), "[::1]", 8080));
        assertFalse(ProxySelection.bypasses(List.of("[::1]:8080"), "[::1]", 8081));
    }

    @Test
    void aPortLimitsTheEntry() {
        List<String> noProxy = List.of("example.com:8443");
        assertTrue(ProxySelection.bypasses(noProxy, "example.com", 8443));
        assertFalse(ProxySelection.bypasses(noProxy, "example.com", 443));
        assertFalse(ProxySelection.bypasses(List.of("example.com:99999999999"), "example.com", 443));
    }

    @Test
    void loopbackIsNotExemptUnlessListed() {
        ProxySelection selection = new ProxySelection(HttpSettings.builder().proxy("proxy.example:3128").build());
        assertEquals(Optional.of(URI.create("http://proxy.example:3128")),
                selection.proxyFor(URI.create("http://localhost:8080/x")));
        assertEquals(Optional.of(URI.create("http://proxy.example:3128")),
                selection.proxyFor(URI.create("https://127.0.0.1/x")));
        ProxySelection listed = new ProxySelection(HttpSettings.builder().proxy("proxy.example:3128")
                .noProxy("localhost,127.0.0.1").build());
        assertEquals(Optional.empty(), listed.proxyFor(URI.create("http://localhost:8080/x")));
        assertEquals(Optional.empty(), listed.proxyFor(URI.create("https://127.0.0.1/x")));
    }

    @Test
    void eachSchemeHasItsOwnProxy() {
        ProxySelection selection = new ProxySelection(HttpSettings.builder()
                .httpsProxy(URI.create("http://secure-proxy.example:3129")).build());
        assertEquals(Optional.empty(), selection.proxyFor(URI.create("http://a.example/")));
        assertEquals(Optional.of(URI.create("http://secure-proxy.example:3129")),
                selection.proxyFor(URI.create("https://a.example/")));
    }

    @Test
    void credentialsAreHiddenWhenShown() {
        assertEquals("http://***@proxy.example:3128", ProxySelection.show(URI.create("http://u:p@proxy.example:3128")));
        assertEquals("http://proxy.example:3128", ProxySelection.show(URI.create("http://proxy.example:3128")));
    }
}
