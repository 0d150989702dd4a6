package dev.baton.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every URL that cannot be sent is refused with the reason, part by part (RFC 3986 Appendix B); good ones pass. */
class UrlCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                         | it is empty",
            "example.com/x              | it must start with http:// or https://; did you mean 'http://example.com/x'?",
            "localhost:8080             | it must start with http:// or https://; did you mean 'http://localhost:8080'?",
            "//host/x                   | it must start with http:// or https://; did you mean 'http://host/x'?",
            "/x                         | it must start with http:// or https://",
            "ftp://host/x               | it must start with http:// or https://",
            "http:x                     | no host: 'http:' is followed by '//' and the host",
            "https://                   | no host name",
            "http://host:abc/x          | the port 'abc' is not a number",
            "http://host:80:80/         | the port '80:80' is not a number",
            "http://host:-1/            | the port '-1' is not a number",
            "http://host:0/             | port 0 is not from 1 to 65535",
            "http://host:65536/         | port 65536 is not from 1 to 65535",
            "http://host:123456789012/  | port 123456789012 is not from 1 to 65535",
            "http://host:/              | a ':' after the host needs a port",
            "http://[::1/x              | the IPv6 address '[::1' is not closed with ']'",
            "http://[::1]x/             | only ':' and a port may follow the IPv6 address [::1], not 'x'",
            "http://[zz]/               | '[zz]' is not an IPv6 address (RFC 4291 §2.2)",
            "http://a_b.example/        | the host name 'a_b.example' holds '_'; a host name is letters, digits, '-' and '.' (RFC 1123)",
            "http://ho%st/              | the host name 'ho%st' holds '%'; a host name is letters, digits, '-' and '.' (RFC 1123)",
            "http://münchen.de/         | the host name 'münchen.de' is not ASCII; write it as 'xn--mnchen-3ya.de' (IDNA, RFC 5891)",
            "http://a..b/               | the host name 'a..b' has a part that is empty or starts or ends with '-'",
            "http://-a.example/         | the host name '-a.example' has a part that is empty or starts or ends with '-'",
            "http://1.2.3.4.5/          | '1.2.3.4.5' is no valid host: an IPv4 address is four numbers from 0 to 255, and the last part of a name starts with a letter",
    })
    void aUrlThatCannotBeSentSaysWhy(String url, String reason) {
        assertEquals(Optional.of("invalid URL '" + url + "': " + reason), UrlCheck.problem(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://a b.example/x | the host name 'a b.example' holds a space",
            "http://u:pw@host/    | user info (name:password@) is not sent in a URL",
            "  http://u:pw@host/  | user info (name:password@) is not sent in a URL",
            "http://u:p@pw@host/  | user info (name:password@) is not sent in a URL",
            "//u:pw@host/x        | did you mean 'http://(user info)@host/x'?",
            "u:pw@host/x          | it must start with http:// or https://",
    })
    void aUrlIsQuotedWithoutItsUserInfo(String url, String reason) {
        String problem = UrlCheck.problem(url).orElseThrow();
        assertEquals(true, problem.contains(reason), problem);
        assertEquals(false, problem.contains("pw@"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://host", "HTTPS://host:443/a b?q=c d#f", "http://[::1]:8080/x", "http://example.com./x",
            "http://127.0.0.1:080/", "http://xn--mnchen-3ya.de/", "  http://host/x  "})
    void aUrlThatCanBeSentPasses(String url) {
        assertEquals(Optional.empty(), UrlCheck.problem(url));
    }
}
