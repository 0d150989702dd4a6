package dev.baton.oidc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code htu} of a DPoP proof (RFC 9449 §4.2) is the request's URI without query and fragment, normalised as
 * RFC 3986 §6.2.2 (case, dot segments) and §6.2.3 (scheme-based: no default port, {@code /} for an empty path) say.
 */
class DpopProofsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "https://as.example:443/token https://as.example/token",
            "http://as.example:80/token http://as.example/token",
            "https://as.example:80/token https://as.example:80/token",
            "http://as.example:443/token http://as.example:443/token",
            "https://as.example https://as.example/",
            "https://as.example:443 https://as.example/",
            "https://as.example?x=1#f https://as.example/",
            "HTTPS://AS.Example/Token?q=1#frag https://as.example/Token",
            "https://user:pw@as.example/a/./b/../c https://as.example/a/c",
            "http://127.0.0.1:8080/userinfo http://127.0.0.1:8080/userinfo",
            "http://[::1]:80/x http://[::1]/x",
            "https://as.example/a%2Fb https://as.example/a%2Fb",
    })
    void htuIsTheNormalisedUriWithoutQueryAndFragment(String uri, String htu) {
        assertEquals(htu, DpopProofs.htu(URI.create(uri)));
    }
}
