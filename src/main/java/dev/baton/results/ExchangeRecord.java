package dev.baton.results;

import java.util.List;

/**
 * One request and its response, as recorded for reports. Every text is already masked.
 *
 * @param method          request method
 * @param url             request URL
 * @param requestHeaders  request headers
 * @param requestBody     request body as text, or {@code null}
 * @param status          response status, or 0 when no response was read
 * @param responseHeaders response headers
 * @param responseBody    response body as text, cut at {@link #MAX_BODY_CHARS}, or {@code null}
 * @param bodyTruncated   whether the response body was cut
 * @param contentType     response content type, may be empty
 * @param durationMillis  time to read the whole response
 */
public record ExchangeRecord(String method, String url, List<HeaderRecord> requestHeaders, String requestBody,
                             int status, List<HeaderRecord> responseHeaders, String responseBody,
                             boolean bodyTruncated, String contentType, long durationMillis) {

    /** Response bodies longer than this are cut in reports. */
    public static final int MAX_BODY_CHARS = 256 * 1024;

    public ExchangeRecord {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }
}
