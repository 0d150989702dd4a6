package dev.baton.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpSettingsTest {

    @Test
    void defaultsCheckCertificatesAndUseNoProxy() {
        HttpSettings defaults = HttpSettings.defaults();
        assertFalse(defaults.insecure());
        assertEquals(Duration.ofSeconds(30), defaults.timeout());
        assertEquals(10 * 1024 * 1024, defaults.maxBodyBytes());
        assertEquals(Optional.empty(), defaults.caCertificates());
        assertEquals(Optional.empty(), defaults.clientCertificate());
        assertEquals(Optional.empty(), defaults.httpProxy());
        assertEquals(Optional.empty(), defaults.httpsProxy());
        assertEquals(List.of(), defaults.noProxy());
    }

    @Test
    void environmentProxiesPreferLowercaseAndSkipBlanks() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of(
                "HTTP_PROXY", "http://upper.example:3128",
                "http_proxy", " ",
                "https_proxy", "lower.example:3129",
                "HTTPS_PROXY", "http://ignored.example:1",
                "NO_PROXY", "localhost, .internal.example,,10.0.0.1:8080"));
        assertEquals(Optional.of(URI.create("http://upper.example:3128")), settings.httpProxy());
        assertEquals(Optional.of(URI.create("http://lower.example:3129")), settings.httpsProxy());
        assertEquals(List.of("localhost", ".internal.example", "10.0.0.1:8080"), settings.noProxy());
    }

    @Test
    void noEnvironmentMeansNoProxy() {
        HttpSettings settings = HttpSettings.fromEnvironment(Map.of("PATH", "/usr/bin"));
        assertEquals(Optional.empty(), settings.httpProxy());
        assertEquals(Optional.empty(), settings.httpsProxy());
        assertEquals(List.of(), settings.noProxy());
    }

    @Test
    void unsupportedProxiesNameTheVariableButNotTheCredentials() {
        IllegalArgumentException socks = assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.fromEnvironment(Map.of("HTTPS_PROXY", "socks5://u:secret@h.example:1080")));
        assertEquals("HTTPS_PROXY socks5://***@h.example:1080: only http:// proxies are supported, not socks5://",
                socks.getMessage());
        IllegalArgumentException path = assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().proxy("http://proxy.example:3128/path"));
        assertEquals("--proxy http://proxy.example:3128/path: a proxy URL has no path or query; expected "
                + "http://host:port", path.getMessage());
        IllegalArgumentException noHost = assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().proxy("http://:3128"));
        assertEquals("--proxy http://:3128: no host; expected http://host:port", noHost.getMessage());
    }

    @Test
    void commandLineOptionsPassStraightThroughAndOverrideTheEnvironment() {
        HttpSettings env = HttpSettings.fromEnvironment(Map.of("http_proxy", "http://env.example:8080"));
        HttpSettings untouched = env.toBuilder().proxy((String) null).caCertificates(null).clientCertificate(null)
                .clientKey(null).clientCertificatePassword(null).timeout(null).build();
        assertEquals(env.httpProxy(), untouched.httpProxy());
        assertEquals(HttpSettings.DEFAULT_TIMEOUT, untouched.timeout());
        HttpSettings overridden = env.toBuilder().proxy("cli.example:3128").build();
        assertEquals(Optional.of(URI.create("http://cli.example:3128")), overridden.httpProxy());
        assertEquals(Optional.of(URI.create("http://cli.example:3128")), overridden.httpsProxy());
        HttpSettings direct = env.toBuilder().proxy("").build();
        assertEquals(Optional.empty(), direct.httpProxy());
    }

    @Test
    void toStringHidesPasswords() {
        HttpSettings settings = HttpSettings.builder().proxy("http://alice:pr0xy-pw@proxy.example:3128")
                .clientPkcs12(Path.of("client.p12"), "p12-pw").build();
        String text = settings.toString();
        assertFalse(text.contains("pr0xy-pw"), text);
        assertFalse(text.contains("p12-pw"), text);
        assertTrue(text.contains("http://***@proxy.example:3128"), text);
        assertTrue(settings.hasClientCertificatePassword());
    }

    @Test
    void nonsensicalValuesAreRefused() {
        assertEquals("timeout must be positive, not 0 ms", assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().timeout(Duration.ZERO)).getMessage());
        assertEquals("the body limit must be positive, not 0", assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().maxBodyBytes(0)).getMessage());
        assertEquals("--cert-password needs --cert, a PKCS#12 file", assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.builder().clientCertificatePassword("x").build()).getMessage());
    }
}
