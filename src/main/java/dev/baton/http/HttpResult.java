package dev.baton.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response as read, with what is needed to check it.
 *
 * @param request        the request that was sent
 * @param status         status code
 * @param reason         reason phrase, may be empty
 * @param headers        response headers in order
 * @param body           the body bytes, never {@code null}
 * @param charset        the charset of the body (from Content-Type, else UTF-8)
 * @param durationMillis time from sending the request to reading the whole body
 * @param cookies        the cookies known to the run after this response, by name
 * @param sentHeaders    every header of the request as it went on the wire, those the HTTP client added included
 * @param version        the protocol version of the response, e.g. {@code HTTP/1.1}
 * @param certificate    the certificate the server presented, or {@code null} over plain HTTP
 * @param redirects      how many redirects were followed to get this response
 */
public record HttpResult(OutgoingRequest request, int status, String reason, List<Header> headers, byte[] body,
                         Charset charset, long durationMillis, Map<String, String> cookies, List<Header> sentHeaders,
                         String version, ServerCertificate certificate, int redirects) {
    public HttpResult {
        headers = List.copyOf(headers);
        cookies = Map.copyOf(cookies);
        sentHeaders = List.copyOf(sentHeaders);
    }

    /** A response over HTTP/1.1 without TLS details, reached without redirects. */
    public HttpResult(OutgoingRequest request, int status, String reason, List<Header> headers, byte[] body,
                      Charset charset, long durationMillis, Map<String, String> cookies, List<Header> sentHeaders) {
        this(request, status, reason, headers, body, charset, durationMillis, cookies, sentHeaders, "HTTP/1.1", null,
                0);
    }

    /** This response, reached after {@code count} redirects. */
    public HttpResult afterRedirects(int count) {
        return new HttpResult(request, status, reason, headers, body, charset, durationMillis, cookies, sentHeaders,
                version, certificate, count);
    }

    /** A response to a request whose wire headers are its own (nothing was added on the way). */
    public HttpResult(OutgoingRequest request, int status, String reason, List<Header> headers, byte[] body,
                      Charset charset, long durationMillis, Map<String, String> cookies) {
        this(request, status, reason, headers, body, charset, durationMillis, cookies, request.headers());
    }

    /** The first header with this name, ignoring case. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Every value of the headers with this name, ignoring case, in the order received. */
    public List<String> headers(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** The body decoded with its charset. */
    public String bodyText() {
        return new String(body, charset);
    }

    /** The content type without parameters, lower case, or empty. */
    public String mediaType() {
        return header("Content-Type").map(v -> v.split(";", 2)[0].trim().toLowerCase()).orElse("");
    }

    /** The {@code Location} header resolved against the request URI, if it has one that can be parsed. */
    public Optional<URI> location() {
        return header("Location").flatMap(l -> Urls.resolve(request.uri(), l));
    }

    /** Whether this is a redirect with a {@code Location}. */
    public boolean isRedirect() {
        return status >= 300 && status < 400 && header("Location").isPresent();
    }
}
