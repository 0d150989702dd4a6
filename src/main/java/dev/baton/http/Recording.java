package dev.baton.http;

import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Keeps each exchange as a value for reports, the request as it went on the wire: every header sent, those the
 * HTTP client added included (Host, User-Agent, Content-Length, Cookie...). Cookie values are not kept, in either
 * direction; their names and attributes are.
 */
public final class Recording implements HttpSender {

    private static final Pattern COOKIE_VALUE = Pattern.compile("((?:^|;\\s*)[^=;\\s]+=)[^;]*");
    private static final String LEFT_OUT = "*****";

    private final HttpSender next;
    private final Consumer<ExchangeRecord> sink;

    public Recording(HttpSender next, Consumer<ExchangeRecord> sink) {
        this.next = next;
        this.sink = sink;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        try {
            HttpResult result = next.send(request);
            sink.accept(record(request, result.sentHeaders(), result));
            return result;
        } catch (TransportException e) {
            sink.accept(record(request, e.sentHeaders(), null));
            throw e;
        }
    }

    private static ExchangeRecord record(OutgoingRequest request, List<Header> sent, HttpResult result) {
        List<HeaderRecord> requestHeaders = headers(sent.isEmpty() ? request.headers() : sent);
        if (sent.isEmpty() && request.contentType() != null) {
            requestHeaders.add(new HeaderRecord("Content-Type", request.contentType()));
        }
        String requestBody = request.body() == null ? null : text(request.body());
        String url = request.uri().toString();
        if (result == null) {
            return new ExchangeRecord(request.method(), url, requestHeaders, requestBody, 0, List.of(), null, "", 0);
        }
        return new ExchangeRecord(request.method(), url, requestHeaders, requestBody, result.status(),
                headers(result.headers()), result.bodyText(), result.header("Content-Type").orElse(""),
                result.durationMillis());
    }

    /** A body as UTF-8 text, or, when it is not text (a binary file, an image part), its size. */
    private static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException binary) {
            return "(" + body.length + " bytes, not UTF-8 text)";
        }
    }

    private static List<HeaderRecord> headers(List<Header> headers) {
        List<HeaderRecord> records = new ArrayList<>(headers.size());
        headers.forEach(h -> records.add(new HeaderRecord(h.name(), withoutCookieValues(h))));
        return records;
    }

    private static String withoutCookieValues(Header header) {
        if (header.name().equalsIgnoreCase("Set-Cookie")) {
            return COOKIE_VALUE.matcher(header.value()).replaceFirst("$1" + LEFT_OUT);
        }
        if (header.name().equalsIgnoreCase("Cookie")) {
            return COOKIE_VALUE.matcher(header.value()).replaceAll("$1" + LEFT_OUT);
        }
        return header.value();
    }
}
