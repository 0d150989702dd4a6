package dev.baton.results;

import java.util.List;

/**
 * One request as it went on the wire and its response, as a value. Texts are as sent and received: the output
 * boundary masks them when a report writes them.
 *
 * @param method          request method
 * @param url             request URL
 * @param requestHeaders  every request header sent, those the HTTP client added included (Host, User-Agent,
 *                        Content-Length, Cookie...), in order
 * @param requestBody     request body as text, or {@code null}
 * @param status          response status, or 0 when no response was read
 * @param responseHeaders response headers
 * @param responseBody    response body as text, or {@code null}
 * @param contentType     response content type, may be empty
 * @param durationMillis  time to read the whole response
 */
public record ExchangeRecord(String method, String url, List<HeaderRecord> requestHeaders, String requestBody,
                             int status, List<HeaderRecord> responseHeaders, String responseBody, String contentType,
                             long durationMillis) {

    /** Reports show at most this much of a response body. */
    public static final int MAX_BODY_CHARS = 256 * 1024;

    public ExchangeRecord {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** Whether a response was read. */
    public boolean answered() {
        return status != 0;
    }
}
